<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionOptionsDialog</name>
    <message>
        <source>The phones restart, in batches; calls on a phone reset by force are cut.</source>
        <translation>Die Telefone starten gruppenweise neu; bei erzwungenem Neustart werden laufende Gespräche getrennt.</translation>
    </message>
    <message>
        <source>The phones download the image and restart to install it, in batches.</source>
        <translation>Die Telefone laden das Image herunter und starten gruppenweise neu, um es zu installieren.</translation>
    </message>
    <message>
        <source>The phones, their values and their generated files are removed from the server. This cannot be undone.</source>
        <translation>Die Telefone, ihre Werte und ihre erzeugten Dateien werden vom Server entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The phones provision again from the new region&apos;s folder.</source>
        <translation>Die Telefone werden erneut aus dem Ordner der neuen Region bereitgestellt.</translation>
    </message>
    <message>
        <source>Until a phone has fetched its file once, any host in its region&apos;s provisioning subnets that names its MAC address gets its file with the SIP password. Allow it only for phones that were reset to factory defaults, for as short as you can.</source>
        <translation>Bis ein Telefon seine Datei einmal abgerufen hat, erhält jeder Host in den Bereitstellungssubnetzen seiner Region, der seine MAC-Adresse angibt, die Datei samt SIP-Kennwort. Erlauben Sie dies nur für auf Werkseinstellungen zurückgesetzte Telefone und so kurz wie möglich.</translation>
    </message>
    <message>
        <source>&amp;Generate the phones&apos; configuration files first</source>
        <translation>Zuerst die Konfigurationsdateien der Telefone &amp;erzeugen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Graceful: when the phone is idle (no call)</source>
        <translation>&amp;Schonend: wenn das Telefon frei ist (kein Gespräch)</translation>
    </message>
    <message>
        <source>&amp;Force: now, even during a call</source>
        <translation>&amp;Erzwungen: jetzt, auch während eines Gesprächs</translation>
    </message>
    <message>
        <source>&amp;Scheduled: at</source>
        <translation>&amp;Zeitgesteuert: um</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Neustartzeit</translation>
    </message>
    <message>
        <source>What the phones&apos; screens show</source>
        <translation>Text auf den Displays der Telefone</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>&amp;Signalton</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Shown for:</source>
        <translation>&amp;Anzeigedauer:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s firmware files…</source>
        <translation>Firmware-Dateien des Servers werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Firmware image:</source>
        <translation>&amp;Firmware-Image:</translation>
    </message>
    <message>
        <source>The firmware files cannot be listed: %1</source>
        <translation>Die Firmware-Dateien können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>The server has no firmware files: upload one first</source>
        <translation>Der Server hat keine Firmware-Dateien: Laden Sie zuerst eine hoch</translation>
    </message>
    <message>
        <source> phones</source>
        <translation> Telefone</translation>
    </message>
    <message>
        <source>Phones restarted together: no more are without service at once.</source>
        <translation>Gemeinsam neu startende Telefone: Mehr sind nie gleichzeitig außer Betrieb.</translation>
    </message>
    <message>
        <source>&amp;Batches of:</source>
        <translation>&amp;Gruppengröße:</translation>
    </message>
    <message>
        <source>Time for a batch to come back and register before the next one restarts.</source>
        <translation>Zeit, in der eine Gruppe wieder hochfährt und sich registriert, bevor die nächste neu startet.</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause zwischen Gruppen:</translation>
    </message>
    <message>
        <source>At most a share of each &amp;region&apos;s phones in one batch:</source>
        <translation>Höchstens einen Anteil der Telefone jeder &amp;Region pro Gruppe:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of each region&apos;s phones in one batch</source>
        <translation>Anteil der Telefone jeder Region pro Gruppe</translation>
    </message>
    <message>
        <source>A scheduled reset restarts every phone at the time set: no share per batch can hold.</source>
        <translation>Ein zeitgesteuerter Neustart startet jedes Telefon zur festgelegten Zeit neu: Ein Anteil pro Gruppe ist nicht einhaltbar.</translation>
    </message>
    <message>
        <source>Of each region&apos;s phones, all of them, not only these: the rest of a region keeps working while a batch restarts. A region always restarts at least one phone a batch.</source>
        <translation>Bezogen auf alle Telefone jeder Region, nicht nur auf diese: Der Rest einer Region arbeitet weiter, während eine Gruppe neu startet. Eine Region startet pro Gruppe immer mindestens ein Telefon neu.</translation>
    </message>
    <message>
        <source>There is no region you may change</source>
        <translation>Es gibt keine Region, die Sie ändern dürfen</translation>
    </message>
    <message>
        <source>Approve into &amp;region:</source>
        <translation>In &amp;Region freigeben:</translation>
    </message>
    <message>
        <source>Move to &amp;region:</source>
        <translation>In &amp;Region verschieben:</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa eine Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>batches of up to %1 phones, %2 s apart, at most %3 % of each region&apos;s phones a batch</source>
        <translation>Gruppen von bis zu %1 Telefonen, %2 s Abstand, höchstens %3 % der Telefone jeder Region pro Gruppe</translation>
    </message>
    <message numerus="yes">
        <source> (%n batch(es))</source>
        <translation>
            <numerusform> (%n Gruppe)</numerusform>
            <numerusform> (%n Gruppen)</numerusform>
        </translation>
    </message>
    <message>
        <source>batches of %1 phones, %2 s apart, so that few phones are down at once</source>
        <translation>Gruppen von %1 Telefonen, %2 s Abstand, damit wenige Telefone gleichzeitig ausfallen</translation>
    </message>
    <message>
        <source>one phone after another, on the server</source>
        <translation>ein Telefon nach dem anderen, auf dem Server</translation>
    </message>
    <message>
        <source>%1 s between two phones (the server&apos;s delay between installs)</source>
        <translation>%1 s zwischen zwei Telefonen (Verzögerung des Servers zwischen Installationen)</translation>
    </message>
    <message>
        <source>%1 phones at once</source>
        <translation>%1 Telefone gleichzeitig</translation>
    </message>
    <message>
        <source>Takes %1: %2.</source>
        <translation>Dauert %1: %2.</translation>
    </message>
    <message>
        <source>The time of a scheduled reset must be in the future.</source>
        <translation>Der Zeitpunkt eines zeitgesteuerten Neustarts muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Type the message the phones show.</source>
        <translation>Geben Sie die Nachricht ein, die die Telefone anzeigen.</translation>
    </message>
    <message>
        <source>Choose a firmware image.</source>
        <translation>Wählen Sie ein Firmware-Image.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
</context>
<context>
    <name>AdminsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super-Administrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Regionaladministrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Nicht sichtbar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Operator in every region</source>
        <translation>Bediener in jeder Region</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Add Administrator…</source>
        <translation>Administrator hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Change My Password…</source>
        <translation>Eigenes Kennwort ändern…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <source>Only system administrators manage accounts; you may change your own password.</source>
        <translation>Nur Systemadministratoren verwalten Konten; Sie können Ihr eigenes Kennwort ändern.</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Administrator hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>leave empty to keep it; a new one ends the account&apos;s sessions</source>
        <translation>leer lassen, um es beizubehalten; ein neues beendet die Sitzungen des Kontos</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Levels per region:</source>
        <translation>Stufen je Region:</translation>
    </message>
    <message>
        <source>An administrator needs a name to sign in with.</source>
        <translation>Ein Administrator braucht einen Namen für die Anmeldung.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Kennwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Administrator %1 added.</source>
        <translation>Administrator %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Administrator %1 changed.</source>
        <translation>Administrator %1 geändert.</translation>
    </message>
    <message>
        <source>Delete the administrator %1? Their sessions end at once.</source>
        <translation>Administrator %1 löschen? Seine Sitzungen enden sofort.</translation>
    </message>
    <message>
        <source>Administrator %1 deleted.</source>
        <translation>Administrator %1 gelöscht.</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>Entsperren von %1</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Eigenes Kennwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Kennwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Kennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Ihr Kennwort wurde geändert; Ihre anderen Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation>Alarm aufheben</translation>
    </message>
    <message>
        <source>Search by alarm name, MAC or IP address</source>
        <translation>Nach Alarmname, MAC oder IP-Adresse suchen</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>History (cleared)</source>
        <translation>Verlauf (aufgehoben)</translation>
    </message>
    <message>
        <source>All alarms</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <source>Which alarms</source>
        <translation>Welche Alarme</translation>
    </message>
    <message>
        <source>Clear the selected active alarms by hand (they stay in the history)</source>
        <translation>Die ausgewählten aktiven Alarme manuell aufheben (sie bleiben im Verlauf)</translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>Wählen Sie einen Alarm aus, um die Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Alarm(s)</source>
        <translation>
            <numerusform>%n Alarm aufheben</numerusform>
            <numerusform>%n Alarme aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring: you may see alarms but not clear them</source>
        <translation>Überwachung: Sie können Alarme sehen, aber nicht aufheben</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Alarm id</source>
        <translation>Alarm-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared.</source>
        <translation>
            <numerusform>%n Alarm aufgehoben.</numerusform>
            <numerusform>%n Alarme aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared; the others were not: %1</source>
        <translation>
            <numerusform>%n Alarm aufgehoben; die anderen nicht: %1</numerusform>
            <numerusform>%n Alarme aufgehoben; die anderen nicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active alarm. Phones send their alarms here (this server is their alarm server); cleared ones are under History.</source>
        <translation>Kein aktiver Alarm. Die Telefone senden ihre Alarme hierher (dieser Server ist ihr Alarmserver); aufgehobene stehen unter „Verlauf“.</translation>
    </message>
    <message>
        <source>No alarm in this list. Phones send their alarms here (this server is their alarm server).</source>
        <translation>Kein Alarm in dieser Liste. Die Telefone senden ihre Alarme hierher (dieser Server ist ihr Alarmserver).</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Status von %n Telefon prüfen</numerusform>
            <numerusform>Status von %n Telefonen prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)…</source>
        <translation>
            <numerusform>Region von %n Telefon ändern…</numerusform>
            <numerusform>Region von %n Telefonen ändern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)…</source>
        <translation>
            <numerusform>Firmware von %n Telefon aktualisieren…</numerusform>
            <numerusform>Firmware von %n Telefonen aktualisieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Web Admin</source>
        <translation>Web-Admin öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s)…</source>
        <translation>
            <numerusform>%n Telefon neu starten…</numerusform>
            <numerusform>%n Telefone neu starten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)…</source>
        <translation>
            <numerusform>Konfiguration von %n Telefon aktualisieren…</numerusform>
            <numerusform>Konfiguration von %n Telefonen aktualisieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)…</source>
        <translation>
            <numerusform>Nachricht an %n Telefon senden…</numerusform>
            <numerusform>Nachricht an %n Telefone senden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)…</source>
        <translation>
            <numerusform>%n Telefon freigeben…</numerusform>
            <numerusform>%n Telefone freigeben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)…</source>
        <translation>
            <numerusform>%n Telefon löschen…</numerusform>
            <numerusform>%n Telefone löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Konfigurationsdateien von %n Telefon erzeugen</numerusform>
            <numerusform>Konfigurationsdateien von %n Telefonen erzeugen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)…</source>
        <translation>
            <numerusform>Erstkontakt für %n Telefon erlauben…</numerusform>
            <numerusform>Erstkontakt für %n Telefone erlauben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation>Region ändern…</translation>
    </message>
    <message>
        <source>Update Firmware…</source>
        <translation>Firmware aktualisieren…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Konfiguration aktualisieren…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Nachricht senden…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Generate Configuration Files</source>
        <translation>Konfigurationsdateien erzeugen</translation>
    </message>
    <message>
        <source>Allow First Contact…</source>
        <translation>Erstkontakt erlauben…</translation>
    </message>
    <message>
        <source>Asks the phones to report their status now.</source>
        <translation>Fordert die Telefone auf, jetzt ihren Status zu melden.</translation>
    </message>
    <message>
        <source>Moves the phones to another region; they fetch that region&apos;s configuration.</source>
        <translation>Verschiebt die Telefone in eine andere Region; sie rufen die Konfiguration dieser Region ab.</translation>
    </message>
    <message>
        <source>Sends the phones a firmware image of the server; they restart to install it, in batches.</source>
        <translation>Sendet den Telefonen ein Firmware-Image des Servers; sie starten gruppenweise neu, um es zu installieren.</translation>
    </message>
    <message>
        <source>Opens the phone&apos;s own web administration page (HTTPS) in your browser.</source>
        <translation>Öffnet die Web-Administrationsseite des Telefons (HTTPS) in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Restarts the phones: when idle (graceful), at once (force) or at a set time.</source>
        <translation>Startet die Telefone neu: wenn frei (schonend), sofort (erzwungen) oder zu einer festgelegten Zeit.</translation>
    </message>
    <message>
        <source>Asks the phones to download and apply their configuration file again.</source>
        <translation>Fordert die Telefone auf, ihre Konfigurationsdatei erneut herunterzuladen und anzuwenden.</translation>
    </message>
    <message>
        <source>Shows a message on the phones&apos; screens for a number of seconds.</source>
        <translation>Zeigt einige Sekunden lang eine Nachricht auf den Displays der Telefone an.</translation>
    </message>
    <message>
        <source>Lets phones waiting for approval in, into a region.</source>
        <translation>Lässt auf Freigabe wartende Telefone in eine Region zu.</translation>
    </message>
    <message>
        <source>Removes the phones, their values and their generated files from the server.</source>
        <translation>Entfernt die Telefone, ihre Werte und ihre erzeugten Dateien vom Server.</translation>
    </message>
    <message>
        <source>Generates the phones&apos; configuration files from their templates now.</source>
        <translation>Erzeugt jetzt die Konfigurationsdateien der Telefone aus ihren Vorlagen.</translation>
    </message>
    <message>
        <source>Lets phones reset to factory defaults get their configuration file once more without credentials, from their region&apos;s provisioning subnets, within a time you choose.</source>
        <translation>Lässt auf Werkseinstellungen zurückgesetzte Telefone ihre Konfigurationsdatei innerhalb einer wählbaren Zeit noch einmal ohne Anmeldedaten aus den Bereitstellungssubnetzen ihrer Region abrufen.</translation>
    </message>
    <message>
        <source>Select one or more phones first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Telefone aus.</translation>
    </message>
    <message>
        <source>Select exactly one phone.</source>
        <translation>Wählen Sie genau ein Telefon aus.</translation>
    </message>
    <message>
        <source>This phone has not reported an IP address yet.</source>
        <translation>Dieses Telefon hat noch keine IP-Adresse gemeldet.</translation>
    </message>
    <message>
        <source>None of the selected phones is waiting for approval.</source>
        <translation>Keines der ausgewählten Telefone wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>Only system administrators approve phones.</source>
        <translation>Nur Systemadministratoren geben Telefone frei.</translation>
    </message>
    <message>
        <source>Your access to the selected phones&apos; regions is read-only (Monitoring).</source>
        <translation>Ihr Zugriff auf die Regionen der ausgewählten Telefone ist schreibgeschützt (Überwachung).</translation>
    </message>
    <message numerus="yes">
        <source>Phones in regions you may only monitor are skipped: %n of the selection.</source>
        <translation>
            <numerusform>Telefone in Regionen, die Sie nur überwachen dürfen, werden übersprungen: %n der Auswahl.</numerusform>
            <numerusform>Telefone in Regionen, die Sie nur überwachen dürfen, werden übersprungen: %n der Auswahl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CfgEditor</name>
    <message>
        <source>integer, %1 to %2</source>
        <translation>Ganzzahl, %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 oder 1</translation>
    </message>
    <message>
        <source>%1, at most %2 characters</source>
        <translation>%1, höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Standard: %1</translation>
    </message>
</context>
<context>
    <name>CfgFileWindow</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt);;All files (*)</source>
        <translation>Konfigurationsdateien (*.cfg *.cfx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Shown as text: %1</source>
        <translation>Als Text angezeigt: %1</translation>
    </message>
    <message>
        <source>&amp;Global File: %1</source>
        <translation>&amp;Globale Datei: %1</translation>
    </message>
    <message>
        <source>&amp;Device File: %1</source>
        <translation>G&amp;erätedatei: %1</translation>
    </message>
    <message>
        <source>Restored unsaved text from %1: save it to keep it.</source>
        <translation>Nicht gespeicherten Text aus %1 wiederhergestellt: Speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the rows again from the server</source>
        <translation>Zeilen erneut vom Server laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows as shown (search, filters and order) as a CSV file</source>
        <translation>Die Zeilen wie angezeigt (Suche, Filter und Reihenfolge) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Nothing here in this region.</source>
        <translation>Nichts in dieser Region.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the offline copy: the server cannot be reached</source>
        <translation>
            <numerusform>%n Zeile aus der Offline-Kopie: Der Server ist nicht erreichbar</numerusform>
            <numerusform>%n Zeilen aus der Offline-Kopie: Der Server ist nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Laden von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown — search to narrow them down</source>
        <translation>%1 von %2 angezeigt — zum Eingrenzen suchen</translation>
    </message>
    <message>
        <source>the newest %1 of %2</source>
        <translation>die neuesten %1 von %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not deleted: %1</source>
        <translation>
            <numerusform>%n Zeile nicht gelöscht: %1</numerusform>
            <numerusform>%n Zeilen nicht gelöscht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Herunterladen von %1</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3</source>
        <translation>%1 konnte nicht in %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>ConfigFilesPage</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Nach Dateiname filtern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Delay between installs</source>
        <translation>Verzögerung zwischen Installationen</translation>
    </message>
    <message>
        <source>How long a bulk job (update configuration, restart, firmware) waits between two phones, unless it is given its own pacing</source>
        <translation>Wie lange ein Sammelauftrag (Konfiguration aktualisieren, Neustart, Firmware) zwischen zwei Telefonen wartet, sofern er kein eigenes Tempo hat</translation>
    </message>
    <message>
        <source>&amp;Delay between installs:</source>
        <translation>&amp;Verzögerung zwischen Installationen:</translation>
    </message>
    <message>
        <source>a file name has at most 128 characters</source>
        <translation>ein Dateiname hat höchstens 128 Zeichen</translation>
    </message>
    <message>
        <source>a file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .cfg, .cfx, .txt or .xml</source>
        <translation>ein Dateiname besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; und endet auf .cfg, .cfx, .txt oder .xml</translation>
    </message>
    <message>
        <source>Reading the delay between installs</source>
        <translation>Lesen der Verzögerung zwischen Installationen</translation>
    </message>
    <message>
        <source>Changing the delay between installs</source>
        <translation>Ändern der Verzögerung zwischen Installationen</translation>
    </message>
    <message numerus="yes">
        <source>Jobs now wait %n second(s) between two phones.</source>
        <translation>
            <numerusform>Aufträge warten jetzt %n Sekunde zwischen zwei Telefonen.</numerusform>
            <numerusform>Aufträge warten jetzt %n Sekunden zwischen zwei Telefonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a configuration file</source>
        <translation>Konfigurationsdatei hochladen</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt *.xml)</source>
        <translation>Konfigurationsdateien (*.cfg *.cfx *.txt *.xml)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 wurde nicht hochgeladen: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation>%1 ersetzt.</translation>
    </message>
    <message>
        <source>%1 uploaded.</source>
        <translation>%1 hochgeladen.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>Delete %1? It is generated: it comes back the next time its phones&apos; files are generated.</source>
        <translation>%1 löschen? Die Datei ist erzeugt: Sie entsteht neu, wenn die Dateien ihrer Telefone das nächste Mal erzeugt werden.</translation>
    </message>
    <message>
        <source>Delete %1? Phones that include it no longer find it.</source>
        <translation>%1 löschen? Telefone, die sie einbinden, finden sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>No configuration file yet. Phones&apos; files appear here once generated (Templates › Generate, or when a phone asks); shared files can be uploaded.</source>
        <translation>Noch keine Konfigurationsdatei. Die Dateien der Telefone erscheinen hier, sobald sie erzeugt sind (Vorlagen › Erzeugen, oder wenn ein Telefon anfragt); gemeinsame Dateien können hochgeladen werden.</translation>
    </message>
    <message>
        <source>Configuration Files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Forget Certificate</source>
        <translation>&amp;Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>pf.example.net or https://pf.example.net:8443</source>
        <translation>pf.example.net oder https://pf.example.net:8443</translation>
    </message>
    <message>
        <source>What you call it, e.g. Paris HQ</source>
        <translation>Ihr Name dafür, z. B. Zentrale Paris</translation>
    </message>
    <message>
        <source>Forget the certificate accepted for this server: the next connection shows the server&apos;s certificate again, for you to check and accept.</source>
        <translation>Das für diesen Server akzeptierte Zertifikat vergessen: Bei der nächsten Verbindung wird das Zertifikat des Servers erneut angezeigt, damit Sie es prüfen und akzeptieren.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Local server (this computer)</source>
        <translation>Lokaler Server (dieser Computer)</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Neuer Server…</translation>
    </message>
    <message>
        <source>Give the connection a name, the server&apos;s address and your user name.</source>
        <translation>Geben Sie der Verbindung einen Namen und tragen Sie die Serveradresse und Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>Die Serveradresse ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>none accepted yet (it is shown when you connect)</source>
        <translation>noch keines akzeptiert (es wird beim Verbinden angezeigt)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not needed: the console talks to its own server on this computer</source>
        <translation>nicht nötig: Die Konsole spricht mit ihrem eigenen Server auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>The action was refused: %1</source>
        <translation>Die Aktion wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the server&apos;s answer about the signed-in account cannot be read</source>
        <translation>die Antwort des Servers zum angemeldeten Konto ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>Der Export konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh the Dashboard</source>
        <translation>Dashboard aktualisieren</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Registered of all phones</source>
        <translation>Anteil registrierter Telefone</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Open Devices Status with every phone</source>
        <translation>Gerätestatus mit allen Telefonen öffnen</translation>
    </message>
    <message>
        <source>Phones per region</source>
        <translation>Telefone je Region</translation>
    </message>
    <message>
        <source>Phones per model</source>
        <translation>Telefone je Modell</translation>
    </message>
    <message>
        <source>Phones per firmware version</source>
        <translation>Telefone je Firmware-Version</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Gerätestatus mit diesen Telefonen öffnen</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>Das Dashboard konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>an answer that cannot be read</source>
        <translation>eine nicht lesbare Antwort</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s); updated %1</source>
        <translation>
            <numerusform>%n Telefon; aktualisiert %1</numerusform>
            <numerusform>%n Telefone; aktualisiert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>The simulator stopped (exit code %1): %2</source>
        <translation>Der Simulator wurde beendet (Exitcode %1): %2</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>Der Simulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>A demo fleet is running already.</source>
        <translation>Eine Demoflotte läuft bereits.</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only: its phones are on this computer.</source>
        <translation>Eine Demoflotte läuft nur mit dem lokalen Server: Ihre Telefone sind auf diesem Computer.</translation>
    </message>
    <message>
        <source>A demo fleet has 1 to 20 000 phones.</source>
        <translation>Eine Demoflotte hat 1 bis 20 000 Telefone.</translation>
    </message>
    <message>
        <source>The simulator is not installed next to PhoneFleet (%1).</source>
        <translation>Der Simulator ist nicht neben PhoneFleet installiert (%1).</translation>
    </message>
    <message>
        <source>Preparing the server…</source>
        <translation>Server wird vorbereitet…</translation>
    </message>
    <message>
        <source>Demo fleet (phonefleet-sim)</source>
        <translation>Demoflotte (phonefleet-sim)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n demo user(s)…</source>
        <translation>
            <numerusform>%n Demobenutzer wird hinzugefügt…</numerusform>
            <numerusform>%n Demobenutzer werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulator did not give its address plan: %1</source>
        <translation>Der Simulator hat seinen Adressplan nicht geliefert: %1</translation>
    </message>
    <message>
        <source>Importing the demo users failed: %1</source>
        <translation>Import der Demobenutzer fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Generating the phones&apos; configuration files…</source>
        <translation>Konfigurationsdateien der Telefone werden erzeugt…</translation>
    </message>
    <message>
        <source>Generating the demo phones&apos; files failed: %1</source>
        <translation>Erzeugen der Dateien der Demotelefone fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated phone(s)…</source>
        <translation>
            <numerusform>%n simuliertes Telefon wird gestartet…</numerusform>
            <numerusform>%n simulierte Telefone werden gestartet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Users with &amp;several phones</source>
        <translation>Benutzer mit &amp;mehreren Telefonen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved or pending</source>
        <translation>Freigegeben oder ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every phone again</source>
        <translation>Wieder alle Telefone anzeigen</translation>
    </message>
    <message>
        <source>Model: (unknown)</source>
        <translation>Modell: (unbekannt)</translation>
    </message>
    <message>
        <source>Version: (unknown)</source>
        <translation>Version: (unbekannt)</translation>
    </message>
</context>
<context>
    <name>DevicePageDecoder</name>
    <message>
        <source>the server&apos;s answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort des Servers ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>text after the end</source>
        <translation>Text nach dem Ende</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of phones</source>
        <translation>die Antwort des Servers ist keine Telefonliste</translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Nie gemeldet</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>%1 (Teams)</source>
        <translation>%1 (Teams)</translation>
    </message>
    <message>
        <source>%1 since %2; last report %3</source>
        <translation>%1 seit %2; letzte Meldung %3</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Search user, phone number, MAC, IP, model, firmware, region, status…</source>
        <translation>Benutzer, Rufnummer, MAC, IP, Modell, Firmware, Region, Status suchen…</translation>
    </message>
    <message>
        <source>Search phones</source>
        <translation>Telefone suchen</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show the smart filters</source>
        <translation>Intelligente Filter anzeigen</translation>
    </message>
    <message>
        <source>Reload the List</source>
        <translation>Liste neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the phones as shown (search, filters and order) as a CSV file</source>
        <translation>Die Telefone wie angezeigt (Suche, Filter und Reihenfolge) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n Telefon</numerusform>
            <numerusform>%n Telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n phone(s) shown</source>
        <translation>
            <numerusform>%1 von %n Telefon angezeigt</numerusform>
            <numerusform>%1 von %n Telefonen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Size Columns to Content</source>
        <translation>Spaltenbreite an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>Devices Status</source>
        <translation>Gerätestatus</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Provisioning subnets</source>
        <translation>Bereitstellungssubnetze</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model as imported</source>
        <translation>Modell laut Import</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>VLAN mode</source>
        <translation>VLAN-Modus</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN-ID</translation>
    </message>
    <message>
        <source>VLAN priority</source>
        <translation>VLAN-Priorität</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Gemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>File user</source>
        <translation>Dateibenutzer</translation>
    </message>
    <message>
        <source>File secret</source>
        <translation>Dateikennwort</translation>
    </message>
    <message>
        <source>Push address</source>
        <translation>Push-Adresse</translation>
    </message>
    <message>
        <source>First contact allowed until</source>
        <translation>Erstkontakt erlaubt bis</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Eindeutige ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <source>Additional information 1</source>
        <translation>Zusätzliche Informationen 1</translation>
    </message>
    <message>
        <source>Additional information 2</source>
        <translation>Zusätzliche Informationen 2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Kennwort-Hash</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Nicht aufgelöste Platzhalter</translation>
    </message>
    <message>
        <source>Disconnect timeout (minutes)</source>
        <translation>Getrennt nach (Minuten)</translation>
    </message>
    <message>
        <source>Administrator session (seconds)</source>
        <translation>Sitzungsdauer für Administratoren (Sekunden)</translation>
    </message>
    <message>
        <source>Activity log level</source>
        <translation>Stufe des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <source>Phone push port (0: never push)</source>
        <translation>Push-Port der Telefone (0: nie pushen)</translation>
    </message>
    <message>
        <source>Pause between two phones (seconds)</source>
        <translation>Pause zwischen zwei Telefonen (Sekunden)</translation>
    </message>
    <message>
        <source>First contact again after (minutes; 0: never)</source>
        <translation>Erneuter Erstkontakt nach (Minuten; 0: nie)</translation>
    </message>
    <message>
        <source>System provisioning subnets</source>
        <translation>Bereitstellungssubnetze (System)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>DHCP option 160 file</source>
        <translation>Datei für DHCP Option 160</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>SBC-HTTP-Proxy</translation>
    </message>
    <message>
        <source>Syslog host</source>
        <translation>Syslog-Host</translation>
    </message>
    <message>
        <source>Syslog port</source>
        <translation>Syslog-Port</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <source>SMTP CA certificates file</source>
        <translation>SMTP-CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>SMTP sender</source>
        <translation>SMTP-Absender</translation>
    </message>
    <message>
        <source>SMTP recipients</source>
        <translation>SMTP-Empfänger</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>the file is %1; at most %2 are accepted</source>
        <translation>die Datei ist %1 groß; höchstens %2 werden akzeptiert</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>Nach Dateiname suchen</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Telefonmodell</translation>
    </message>
    <message>
        <source>Newest image</source>
        <translation>Neuestes Image</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phone models and their newest image</source>
        <translation>Telefonmodelle und ihr neuestes Image</translation>
    </message>
    <message>
        <source>a firmware file name has at most 128 characters</source>
        <translation>ein Firmware-Dateiname hat höchstens 128 Zeichen</translation>
    </message>
    <message>
        <source>a firmware file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .img (430HD_3.4.3.1.img)</source>
        <translation>ein Firmware-Dateiname besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; und endet auf .img (430HD_3.4.3.1.img)</translation>
    </message>
    <message>
        <source>none: phones of this model get no firmware</source>
        <translation>keines: Telefone dieses Modells erhalten keine Firmware</translation>
    </message>
    <message>
        <source>Upload Firmware</source>
        <translation>Firmware hochladen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>from the file&apos;s name or header</source>
        <translation>aus dem Dateinamen oder -header</translation>
    </message>
    <message>
        <source>&amp;Image file:</source>
        <translation>&amp;Image-Datei:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>Firmware-Image</translation>
    </message>
    <message>
        <source>Firmware images (*.img)</source>
        <translation>Firmware-Images (*.img)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 wurde nicht hochgeladen: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 %3.</source>
        <translation>%1 hochgeladen: %2 %3.</translation>
    </message>
    <message>
        <source>But %1.</source>
        <translation>Aber %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>An image needs a version (3.4.3.1).</source>
        <translation>Ein Image braucht eine Version (3.4.3.1).</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Save the image</source>
        <translation>Image speichern</translation>
    </message>
    <message>
        <source>Delete %1? Phones told to install it will no longer find it.</source>
        <translation>%1 löschen? Telefone, die es installieren sollen, finden es dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Firmware Files</source>
        <translation>Firmware-Dateien</translation>
    </message>
</context>
<context>
    <name>JobTargetsModel</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Queued for its next report</source>
        <translation>Wartet auf nächste Meldung</translation>
    </message>
    <message>
        <source>Delivered at its report</source>
        <translation>Bei Meldung zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped (no rights)</source>
        <translation>Übersprungen (keine Rechte)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>Reset %n phone(s) at once</source>
        <translation>
            <numerusform>%n Telefon sofort neu starten</numerusform>
            <numerusform>%n Telefone sofort neu starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at a set time</source>
        <translation>
            <numerusform>%n Telefon zeitgesteuert neu starten</numerusform>
            <numerusform>%n Telefone zeitgesteuert neu starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) when idle</source>
        <translation>
            <numerusform>%n Telefon neu starten, wenn frei</numerusform>
            <numerusform>%n Telefone neu starten, wenn frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Status von %n Telefon prüfen</numerusform>
            <numerusform>Status von %n Telefonen prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)</source>
        <translation>
            <numerusform>Konfiguration von %n Telefon aktualisieren</numerusform>
            <numerusform>Konfiguration von %n Telefonen aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)</source>
        <translation>
            <numerusform>Firmware von %n Telefon aktualisieren</numerusform>
            <numerusform>Firmware von %n Telefonen aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)</source>
        <translation>
            <numerusform>Nachricht an %n Telefon senden</numerusform>
            <numerusform>Nachricht an %n Telefone senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)</source>
        <translation>
            <numerusform>Region von %n Telefon ändern</numerusform>
            <numerusform>Region von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Phone Type of %n phone(s)</source>
        <translation>
            <numerusform>Telefontyp von %n Telefon ändern</numerusform>
            <numerusform>Telefontyp von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Language of %n phone(s)</source>
        <translation>
            <numerusform>Sprache von %n Telefon ändern</numerusform>
            <numerusform>Sprache von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)</source>
        <translation>
            <numerusform>%n Telefon freigeben</numerusform>
            <numerusform>%n Telefone freigeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>%n Telefon löschen</numerusform>
            <numerusform>%n Telefone löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset Passwords of %n user(s)</source>
        <translation>
            <numerusform>Kennwort von %n Benutzer zurücksetzen</numerusform>
            <numerusform>Kennwörter von %n Benutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Konfigurationsdateien von %n Telefon erzeugen</numerusform>
            <numerusform>Konfigurationsdateien von %n Telefonen erzeugen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)</source>
        <translation>
            <numerusform>Erstkontakt für %n Telefon erlauben</numerusform>
            <numerusform>Erstkontakt für %n Telefone erlauben</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>next batch %1</source>
        <translation>nächste Gruppe %1</translation>
    </message>
    <message>
        <source>%1 phones/min</source>
        <translation>%1 Telefone/min</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>Ende etwa %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Outcome per phone</source>
        <translation>Ergebnis je Telefon</translation>
    </message>
    <message>
        <source>Phones not sent to yet are not; commands waiting for a phone&apos;s report are withdrawn.</source>
        <translation>Telefone, an die noch nichts gesendet wurde, erhalten nichts mehr; Befehle, die auf die Meldung eines Telefons warten, werden zurückgezogen.</translation>
    </message>
    <message>
        <source>Select a job to see what happened to each phone.</source>
        <translation>Wählen Sie einen Auftrag aus, um zu sehen, was mit jedem Telefon geschah.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Der Auftrag konnte nicht abgebrochen werden: %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Web admin log</source>
        <translation>Web-Admin-Protokoll</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Which log</source>
        <translation>Welches Protokoll</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>How many lines</source>
        <translation>Wie viele Zeilen</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>System Logs</source>
        <translation>Systemprotokolle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super-Administrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Regionaladministrator</translation>
    </message>
    <message>
        <source>Regional administrator, read-only</source>
        <translation>Regionaladministrator, schreibgeschützt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>PhoneFleet</source>
        <translation>PhoneFleet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Live-Aktualisierung angehalten</translation>
    </message>
    <message>
        <source>The server does not answer: %1. Trying again.</source>
        <translation>Der Server antwortet nicht: %1. Neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changes on the server show here within seconds.</source>
        <translation>Änderungen auf dem Server erscheinen hier innerhalb von Sekunden.</translation>
    </message>
    <message>
        <source>Loading phones: %v of %m</source>
        <translation>Telefone werden geladen: %v von %m</translation>
    </message>
    <message>
        <source>The phones could not be loaded: %1</source>
        <translation>Die Telefone konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated phone(s) are booting; the dashboard follows them.</source>
        <translation>
            <numerusform>%n simuliertes Telefon startet; das Dashboard verfolgt es.</numerusform>
            <numerusform>%n simulierte Telefone starten; das Dashboard verfolgt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo fleet could not run: %1</source>
        <translation>Die Demoflotte konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>%1 — %2 — PhoneFleet</source>
        <translation>%1 — %2 — PhoneFleet</translation>
    </message>
    <message>
        <source>%1 — PhoneFleet</source>
        <translation>%1 — PhoneFleet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Mit Server verbinden…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Server</source>
        <translation>&amp;Lokalen Server verwenden</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Import from the Vendor&apos;s Server…</source>
        <translation>Vom Server des &amp;Herstellers importieren…</translation>
    </message>
    <message>
        <source>Import the configuration export of the vendor&apos;s IP Phone Management Server (system administrators)</source>
        <translation>Den Konfigurationsexport des IP Phone Management Server des Herstellers importieren (Systemadministratoren)</translation>
    </message>
    <message>
        <source>&amp;Open Cfg File…</source>
        <translation>Cfg-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Configuration files and templates (*.cfg *.cfx *.txt *.xml);;Template XML (*.xml);;All files (*)</source>
        <translation>Konfigurationsdateien und Vorlagen (*.cfg *.cfx *.txt *.xml);;Vorlagen-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start a &amp;Demo Fleet…</source>
        <translation>&amp;Demoflotte starten…</translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation>Demoflotte s&amp;toppen</translation>
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
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation>&amp;Auftragsbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PhoneFleet</source>
        <translation>&amp;Über PhoneFleet</translation>
    </message>
    <message>
        <source>Show the Jobs panel</source>
        <translation>Auftragsbereich anzeigen</translation>
    </message>
    <message>
        <source>This build has no local server.</source>
        <translation>Dieser Build hat keinen lokalen Server.</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Lokaler Server wird gestartet…</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>Der lokale Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>There is no saved server named “%1”.</source>
        <translation>Es gibt keinen gespeicherten Server namens „%1“.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.

SHA-256 fingerprint:
%2

Compare it with the fingerprint phonefleetd printed when it started (or ask its administrator). Trust it only if they are the same: PhoneFleet then accepts this certificate, and only this one, for this server.</source>
        <translation>Dem Zertifikat von %1 vertraut dieser Computer nicht.

SHA-256-Fingerabdruck:
%2

Vergleichen Sie ihn mit dem Fingerabdruck, den phonefleetd beim Start ausgegeben hat (oder fragen Sie dessen Administrator). Vertrauen Sie ihm nur, wenn beide gleich sind: PhoneFleet akzeptiert dann dieses Zertifikat, und nur dieses, für diesen Server.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>%1 answers again: sign in to send the outbox.</source>
        <translation>%1 antwortet wieder: Melden Sie sich an, um den Postausgang zu senden.</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>Der Server hat Ihre Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Work offline on the templates kept from your last session there? Saved edits wait in the outbox and are sent once you sign in again.</source>
        <translation>%1 ist nicht erreichbar. Offline mit den Vorlagen Ihrer letzten Sitzung dort arbeiten? Gespeicherte Änderungen warten im Postausgang und werden gesendet, sobald Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — offline, trying again</source>
        <translation> — offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Not connected — File › Connect to Server…</source>
        <translation>Nicht verbunden — Datei › Mit Server verbinden…</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only.</source>
        <translation>Eine Demoflotte läuft nur mit dem lokalen Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo Fleet</source>
        <translation>Demoflotte</translation>
    </message>
    <message>
        <source>Simulated phones to start against the local server:</source>
        <translation>Simulierte Telefone, die mit dem lokalen Server gestartet werden:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administration of enterprise SIP desk phone fleets: provisioning, status, alarms and bulk actions.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Verwaltung von Flotten von SIP-Tischtelefonen in Unternehmen: Bereitstellung, Status, Alarme und Sammelaktionen.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PhoneFleet</source>
        <translation>Über PhoneFleet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>PhoneFleet shows in %1 from its next start.</source>
        <translation>Sprache von PhoneFleet ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ManageDevicesPage</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Telefontyp</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Change Phone Type…</source>
        <translation>Telefontyp ändern…</translation>
    </message>
    <message>
        <source>Change Language…</source>
        <translation>Sprache ändern…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Konfiguration erzeugen</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Konfiguration aktualisieren…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Nachricht senden…</translation>
    </message>
    <message>
        <source>Change Site…</source>
        <translation>Standort ändern…</translation>
    </message>
    <message>
        <source>The phones of which region to manage</source>
        <translation>Region, deren Telefone verwaltet werden</translation>
    </message>
    <message>
        <source>Search by user, MAC, IP address, model, firmware or location</source>
        <translation>Nach Benutzer, MAC, IP-Adresse, Modell, Firmware oder Standort suchen</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Ein Administrator mit Stufe „Überwachung“ ändert nichts</translation>
    </message>
    <message>
        <source>Select the phones first</source>
        <translation>Wählen Sie zuerst die Telefone aus</translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Telefon</numerusform>
            <numerusform>%n ausgewählte Telefone</numerusform>
        </translation>
    </message>
    <message>
        <source>Select phones of one region: a site is a part of one region</source>
        <translation>Wählen Sie Telefone einer Region aus: Ein Standort gehört zu einer Region</translation>
    </message>
    <message>
        <source>Only Operators of the phones&apos; region change their site</source>
        <translation>Nur Bediener der Region der Telefone ändern deren Standort</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected phone(s) at a site of their region</source>
        <translation>
            <numerusform>Das %n ausgewählte Telefon einem Standort seiner Region zuordnen</numerusform>
            <numerusform>Die %n ausgewählten Telefone einem Standort ihrer Region zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Phone(s)…</source>
        <translation>
            <numerusform>%n Telefon löschen…</numerusform>
            <numerusform>%n Telefone löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>%n Telefon neu starten…</numerusform>
            <numerusform>%n Telefone neu starten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Phone Type of %n Phone(s)</source>
        <translation>
            <numerusform>Telefontyp von %n Telefon ändern</numerusform>
            <numerusform>Telefontyp von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Language of %n Phone(s)</source>
        <translation>
            <numerusform>Sprache von %n Telefon ändern</numerusform>
            <numerusform>Sprache von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>&amp;Verwendung anzeigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;Phone type:</source>
        <translation>&amp;Telefontyp:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Phone(s)</source>
        <translation>
            <numerusform>%n Telefon ändern</numerusform>
            <numerusform>%n Telefone ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the template of the new type: their files are generated again and they are told to fetch them.</source>
        <translation>Die Telefone erhalten die Vorlage des neuen Typs: Ihre Dateien werden neu erzeugt und die Telefone zum Abruf aufgefordert.</translation>
    </message>
    <message>
        <source>The phones&apos; files are generated again with the new language and the phones are told to fetch them.</source>
        <translation>Die Dateien der Telefone werden mit der neuen Sprache neu erzeugt und die Telefone zum Abruf aufgefordert.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message numerus="yes">
        <source>Phone types of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Telefontypen des %n aufgeführten Telefons.</numerusform>
            <numerusform>Telefontypen der %n aufgeführten Telefone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Languages of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Sprachen des %n aufgeführten Telefons.</numerusform>
            <numerusform>Sprachen der %n aufgeführten Telefone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Site of %n Phone(s)</source>
        <translation>
            <numerusform>Standort von %n Telefon ändern</numerusform>
            <numerusform>Standort von %n Telefonen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <source>Listing the sites of %1…</source>
        <translation>Standorte von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>The sites of %1 could not be listed: %2</source>
        <translation>Die Standorte von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no site yet: sites are added to a region on the Regions page.</source>
        <translation>%1 hat noch keinen Standort: Standorte werden einer Region auf der Seite „Regionen“ hinzugefügt.</translation>
    </message>
    <message>
        <source>The site&apos;s placeholder values go into the phones&apos; files when they are generated again.</source>
        <translation>Die Platzhalterwerte des Standorts fließen in die Dateien der Telefone ein, wenn diese neu erzeugt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at the site %1.</source>
        <translation>
            <numerusform>%n Telefon jetzt am Standort %1.</numerusform>
            <numerusform>%n Telefone jetzt am Standort %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at no site.</source>
        <translation>
            <numerusform>%n Telefon jetzt ohne Standort.</numerusform>
            <numerusform>%n Telefone jetzt ohne Standort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) not changed: %1</source>
        <translation>
            <numerusform>%n Telefon nicht geändert: %1</numerusform>
            <numerusform>%n Telefone nicht geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Devices</source>
        <translation>Mehrere Geräte verwalten</translation>
    </message>
</context>
<context>
    <name>ManageUsersPage</name>
    <message>
        <source>Set Region…</source>
        <translation>Region festlegen…</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>Kennwörter zurücksetzen…</translation>
    </message>
    <message>
        <source>Delete Users…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <source>Restart Phones…</source>
        <translation>Telefone neu starten…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Konfiguration erzeugen</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Konfiguration aktualisieren…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Nachricht senden…</translation>
    </message>
    <message>
        <source>The users of which region to manage</source>
        <translation>Region, deren Benutzer verwaltet werden</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Nach Benutzer oder Anzeigename suchen</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Ein Administrator mit Stufe „Überwachung“ ändert nichts</translation>
    </message>
    <message>
        <source>Select the users first</source>
        <translation>Wählen Sie zuerst die Benutzer aus</translation>
    </message>
    <message>
        <source>The selected users have no phone</source>
        <translation>Die ausgewählten Benutzer haben kein Telefon</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users</source>
        <translation>
            <numerusform>Das %n Telefon der ausgewählten Benutzer</numerusform>
            <numerusform>Die %n Telefone der ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)…</source>
        <translation>
            <numerusform>Region von %n Benutzer festlegen…</numerusform>
            <numerusform>Region von %n Benutzern festlegen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)…</source>
        <translation>
            <numerusform>%n Kennwort zurücksetzen…</numerusform>
            <numerusform>%n Kennwörter zurücksetzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>Kennwort zurücksetzen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>%n Benutzer löschen…</numerusform>
            <numerusform>%n Benutzer löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>%n Telefon neu starten…</numerusform>
            <numerusform>%n Telefone neu starten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)</source>
        <translation>
            <numerusform>Region von %n Benutzer festlegen</numerusform>
            <numerusform>Region von %n Benutzern festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation>Region festlegen</translation>
    </message>
    <message>
        <source>Their phones keep their own region; change those on Manage Multiple Devices.</source>
        <translation>Ihre Telefone behalten ihre eigene Region; diese ändern Sie unter „Mehrere Geräte verwalten“.</translation>
    </message>
    <message>
        <source>No user was moved: some of them are not in the list any more.</source>
        <translation>Kein Benutzer wurde verschoben: Einige sind nicht mehr in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 verschoben.</numerusform>
            <numerusform>%n Benutzer nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user was moved: %1</source>
        <translation>Kein Benutzer wurde verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reset the SIP Passwords of %n User(s)</source>
        <translation>
            <numerusform>SIP-Kennwort von %n Benutzer zurücksetzen</numerusform>
            <numerusform>SIP-Kennwörter von %n Benutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>A new &amp;random password for each user</source>
        <translation>Ein neues &amp;zufälliges Kennwort für jeden Benutzer</translation>
    </message>
    <message>
        <source>&amp;One password for all of them:</source>
        <translation>&amp;Ein Kennwort für alle:</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>%n Kennwort zurücksetzen</numerusform>
            <numerusform>%n Kennwörter zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the new password with their next configuration file; the passwords are never shown.</source>
        <translation>Die Telefone erhalten das neue Kennwort mit ihrer nächsten Konfigurationsdatei; die Kennwörter werden nie angezeigt.</translation>
    </message>
    <message>
        <source>A shared password has at least 8 characters.</source>
        <translation>Ein gemeinsames Kennwort hat mindestens 8 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users.</source>
        <translation>
            <numerusform>Das %n Telefon der ausgewählten Benutzer.</numerusform>
            <numerusform>Die %n Telefone der ausgewählten Benutzer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n Phone(s)…</source>
        <translation>
            <numerusform>%n Telefon aktualisieren…</numerusform>
            <numerusform>%n Telefone aktualisieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n Phone(s)…</source>
        <translation>
            <numerusform>An %n Telefon senden…</numerusform>
            <numerusform>An %n Telefone senden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Users</source>
        <translation>Mehrere Benutzer verwalten</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Save the Merge</source>
        <translation>&amp;Zusammenführung speichern</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>Template %1 Changed on the Server</source>
        <translation>Vorlage %1 auf dem Server geändert</translation>
    </message>
    <message>
        <source>Template %1 was deleted on the server while you edited it offline (saved %2). Add your version as a new template, or drop it.</source>
        <translation>Vorlage %1 wurde auf dem Server gelöscht, während Sie sie offline bearbeitet haben (gespeichert %2). Fügen Sie Ihre Version als neue Vorlage hinzu oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Add Mine as a New Template</source>
        <translation>&amp;Meine als neue Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Drop Mine</source>
        <translation>Meine &amp;verwerfen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Globale Datei</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>&amp;Serverversion behalten</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place(s). Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</source>
        <translation>
            <numerusform>Vorlage %1 wurde auf dem Server geändert (jetzt Revision %2), während Sie Revision %3 offline bearbeitet haben. Auf beiden Seiten geändert: %n Stelle. Bearbeiten Sie die Zusammenführung unten, bis keine &lt;&lt;&lt;&lt;&lt;&lt;&lt;-Markierung mehr übrig ist, oder behalten Sie eine Seite ganz.</numerusform>
            <numerusform>Vorlage %1 wurde auf dem Server geändert (jetzt Revision %2), während Sie Revision %3 offline bearbeitet haben. Auf beiden Seiten geändert: %n Stellen. Bearbeiten Sie die Zusammenführung unten, bis keine &lt;&lt;&lt;&lt;&lt;&lt;&lt;-Markierung mehr übrig ist, oder behalten Sie eine Seite ganz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. The changes do not touch the same lines: the merge below has both.</source>
        <translation>Vorlage %1 wurde auf dem Server geändert (jetzt Revision %2), während Sie Revision %3 offline bearbeitet haben. Die Änderungen betreffen nicht dieselben Zeilen: Die Zusammenführung unten enthält beide.</translation>
    </message>
    <message>
        <source>Base (revision %1, what you started from)</source>
        <translation>Basis (Revision %1, Ihr Ausgangspunkt)</translation>
    </message>
    <message>
        <source>The server&apos;s (revision %1)</source>
        <translation>Serverversion (Revision %1)</translation>
    </message>
    <message numerus="yes">
        <source>The merge: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Die Zusammenführung: %n Konflikt zu lösen</numerusform>
            <numerusform>Die Zusammenführung: %n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge: every conflict settled</source>
        <translation>Die Zusammenführung: alle Konflikte gelöst</translation>
    </message>
    <message>
        <source>The merge: nothing to settle</source>
        <translation>Die Zusammenführung: nichts zu lösen</translation>
    </message>
    <message>
        <source>Settle every conflict first: no &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| or &gt;&gt;&gt;&gt;&gt;&gt;&gt; line may be left.</source>
        <translation>Lösen Sie zuerst alle Konflikte: Es darf keine Zeile mit &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| oder &gt;&gt;&gt;&gt;&gt;&gt;&gt; übrig bleiben.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Nachricht schließen</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <source>Template edits saved while the server could not be reached; they are sent when it answers again</source>
        <translation>Vorlagenänderungen, die gespeichert wurden, während der Server nicht erreichbar war; sie werden gesendet, sobald er wieder antwortet</translation>
    </message>
    <message>
        <source>The server refused the offline edit of template %1: %2. It stays in the outbox.</source>
        <translation>Der Server hat die Offline-Änderung der Vorlage %1 abgelehnt: %2. Sie bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Der Server antwortet wieder.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Templates open from the offline copy, and saved edits wait in the outbox until it answers again.</source>
        <translation>Der Server ist nicht erreichbar. Vorlagen werden aus der Offline-Kopie geöffnet, und gespeicherte Änderungen warten im Postausgang, bis er wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n edit(s)</source>
        <translation>
            <numerusform>Postausgang: %n Änderung</numerusform>
            <numerusform>Postausgang: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Discard the Edit of %1 (saved %2)…</source>
        <translation>Änderung an %1 verwerfen (gespeichert %2)…</translation>
    </message>
    <message>
        <source>Discard the Edit</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Throw away the edit of template %1 made offline? It was never sent to the server.</source>
        <translation>Die offline vorgenommene Änderung der Vorlage %1 verwerfen? Sie wurde nie an den Server gesendet.</translation>
    </message>
    <message>
        <source>The edit of template %1 stays in the outbox; it is offered again next time.</source>
        <translation>Die Änderung der Vorlage %1 bleibt im Postausgang; sie wird beim nächsten Mal erneut angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) with unsaved text from the last session were opened again.</source>
        <translation>
            <numerusform>%n Fenster mit nicht gespeichertem Text aus der letzten Sitzung wurde wieder geöffnet.</numerusform>
            <numerusform>%n Fenster mit nicht gespeichertem Text aus der letzten Sitzung wurden wieder geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) hold changes that are not saved:</source>
        <translation>
            <numerusform>%n Fenster enthält nicht gespeicherte Änderungen:</numerusform>
            <numerusform>%n Fenster enthalten nicht gespeicherte Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to find them open again with their text at the next start, or discard them all.</source>
        <translation>Behalten Sie sie, um sie beim nächsten Start mit ihrem Text wieder geöffnet vorzufinden, oder verwerfen Sie alle.</translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation>Für nächsten Start &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>Option160Panel</name>
    <message>
        <source>Option 160 URLs for the DHCP server</source>
        <translation>Option-160-URLs für den DHCP-Server</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>What a Phone Gets</source>
        <translation>Was ein Telefon erhält</translation>
    </message>
    <message>
        <source>A new phone of &amp;model:</source>
        <translation>Ein neues Telefon des &amp;Modells:</translation>
    </message>
    <message>
        <source>Every new phone (waits for approval)</source>
        <translation>Jedes neue Telefon (wartet auf Freigabe)</translation>
    </message>
    <message>
        <source>Phones of %1 (zero-touch)</source>
        <translation>Telefone in %1 (Zero Touch)</translation>
    </message>
    <message>
        <source>Each phone&apos;s own file, by model</source>
        <translation>Eigene Datei jedes Telefons, nach Modell</translation>
    </message>
    <message>
        <source>Remote phones through the SBC</source>
        <translation>Externe Telefone über den SBC</translation>
    </message>
    <message>
        <source>Remote phones of %1 through the SBC</source>
        <translation>Externe Telefone in %1 über den SBC</translation>
    </message>
    <message>
        <source>; 1. DHCP hands the phone: %1</source>
        <translation>; 1. DHCP übergibt dem Telefon: %1</translation>
    </message>
    <message>
        <source>; 2. It downloads dhcpoption160.cfg, the same for every model:</source>
        <translation>; 2. Es lädt dhcpoption160.cfg herunter, für jedes Modell gleich:</translation>
    </message>
    <message>
        <source>; the template cannot be rendered: %1</source>
        <translation>; die Vorlage kann nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>; unresolved: %1</source>
        <translation>; nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>; 3. It reports itself and waits for approval; once approved into a region it fetches</source>
        <translation>; 3. Es meldet sich und wartet auf Freigabe; nach Freigabe in eine Region erhält es</translation>
    </message>
    <message>
        <source>;    %1 (made from the region&apos;s default %2 template, else the system-wide one)</source>
        <translation>;    %1 (erzeugt aus der Standardvorlage %2 der Region, sonst aus der systemweiten)</translation>
    </message>
    <message>
        <source>;    and its firmware, %1.img: the newest %1 image on the Firmware Files page.</source>
        <translation>;    und seine Firmware %1.img: das neueste %1-Image auf der Seite „Firmware-Dateien“.</translation>
    </message>
</context>
<context>
    <name>PieCard</name>
    <message>
        <source>Others (%1)</source>
        <translation>Sonstige (%1)</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Gerätestatus mit diesen Telefonen öffnen</translation>
    </message>
    <message>
        <source>%1: open Devices Status with these phones</source>
        <translation>%1: Gerätestatus mit diesen Telefonen öffnen</translation>
    </message>
    <message>
        <source>%1: no phones yet</source>
        <translation>%1: noch keine Telefone</translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message>
        <source>Placeholder or key</source>
        <translation>Platzhalter oder Schlüssel</translation>
    </message>
    <message>
        <source>Add Value…</source>
        <translation>Wert hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Import Values…</source>
        <translation>Werte importieren…</translation>
    </message>
    <message>
        <source>Export for the Vendor…</source>
        <translation>Für den Hersteller exportieren…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Template (phone model)</source>
        <translation>Vorlage (Telefonmodell)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Region overwrite values</source>
        <translation>Überschreibwerte der Region</translation>
    </message>
    <message>
        <source>Device overwrite values</source>
        <translation>Überschreibwerte des Geräts</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>the phone&apos;s MAC, then Enter</source>
        <translation>MAC des Telefons, dann Enter</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address</source>
        <translation>MAC-Adresse des Telefons</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>Namen und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Import placeholder values from a CSV file in the vendor&apos;s layouts (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): all lines or none</source>
        <translation>Platzhalterwerte aus einer CSV-Datei in den Formaten des Herstellers importieren (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): alle Zeilen oder keine</translation>
    </message>
    <message>
        <source>Save this level&apos;s values in the vendor&apos;s CSV layout</source>
        <translation>Die Werte dieser Ebene im CSV-Format des Herstellers speichern</translation>
    </message>
    <message>
        <source>Add Overwrite Value…</source>
        <translation>Überschreibwert hinzufügen…</translation>
    </message>
    <message>
        <source>Listing the templates</source>
        <translation>Auflisten der Vorlagen</translation>
    </message>
    <message>
        <source>system-wide</source>
        <translation>systemweit</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>Auflisten der Standorte</translation>
    </message>
    <message>
        <source>not a MAC address</source>
        <translation>keine MAC-Adresse</translation>
    </message>
    <message>
        <source>Finding the phone</source>
        <translation>Suche nach dem Telefon</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no phone has this MAC</source>
        <translation>kein Telefon hat diese MAC</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Wählen Sie eine Region</translation>
    </message>
    <message>
        <source>Choose a site (a region&apos;s sites are added on the Regions page)</source>
        <translation>Wählen Sie einen Standort (die Standorte einer Region werden auf der Seite „Regionen“ hinzugefügt)</translation>
    </message>
    <message>
        <source>Give the phone&apos;s MAC address</source>
        <translation>Geben Sie die MAC-Adresse des Telefons an</translation>
    </message>
    <message>
        <source>Add an Overwrite Value</source>
        <translation>Überschreibwert hinzufügen</translation>
    </message>
    <message>
        <source>Add a Placeholder Value</source>
        <translation>Platzhalterwert hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Cfg &amp;key:</source>
        <translation>Cfg-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The phone&apos;s file sets this key to this value, whatever the template says.</source>
        <translation>Die Datei des Telefons setzt diesen Schlüssel auf diesen Wert, unabhängig von der Vorlage.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A cfg key is one word without &apos;=&apos; (voip/line/0/enabled).</source>
        <translation>Ein Cfg-Schlüssel ist ein Wort ohne &apos;=&apos; (voip/line/0/enabled).</translation>
    </message>
    <message>
        <source>A placeholder name is letters, digits and &apos;_&apos;, starting with a letter (Primary_NTP for %ITCS_Primary_NTP%).</source>
        <translation>Ein Platzhaltername besteht aus Buchstaben, Ziffern und &apos;_&apos; und beginnt mit einem Buchstaben (Primary_NTP für %ITCS_Primary_NTP%).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Delete %1? Phones get the value of the level below it from their next file.</source>
        <translation>%1 löschen? Die Telefone erhalten ab ihrer nächsten Datei den Wert der Ebene darunter.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Import Placeholder Values</source>
        <translation>Platzhalterwerte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a placeholder file of at most %3 is read</source>
        <translation>%1 ist %2 groß; eine Platzhalterdatei wird bis höchstens %3 gelesen</translation>
    </message>
    <message>
        <source>%1: %2 value(s) imported (%3 added, %4 changed, %5 unchanged).</source>
        <translation>%1: %2 Wert(e) importiert (%3 hinzugefügt, %4 geändert, %5 unverändert).</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n Zeile von %1 kann nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
            <numerusform>%n Zeilen von %1 können nicht importiert werden, daher wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite values have no vendor CSV layout; use Export CSV…</source>
        <translation>Überschreibwerte haben kein CSV-Format des Herstellers; verwenden Sie „CSV exportieren…“</translation>
    </message>
    <message>
        <source>Export for the Vendor</source>
        <translation>Für den Hersteller exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The %1 values</source>
        <translation>Die Werte der Ebene %1</translation>
    </message>
    <message>
        <source>No value at this level. Placeholders (%ITCS_Name% in templates) take the value of the nearest level: device, site, region, template, system.</source>
        <translation>Kein Wert auf dieser Ebene. Platzhalter (%ITCS_Name% in Vorlagen) übernehmen den Wert der nächstgelegenen Ebene: Gerät, Standort, Region, Vorlage, System.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The global file: one file for every phone of the model, so no phone&apos;s own values, no site&apos;s and no overwrite values apply.</source>
        <translation>Die globale Datei: eine Datei für jedes Telefon des Modells, daher gelten keine eigenen Werte der Telefone, keine Standortwerte und keine Überschreibwerte.</translation>
    </message>
    <message>
        <source>Preview the file of any phone of this model in a region</source>
        <translation>Vorschau der Datei eines beliebigen Telefons dieses Modells in einer Region</translation>
    </message>
    <message>
        <source>or one phone: MAC address, Enter</source>
        <translation>oder ein Telefon: MAC-Adresse, Enter</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>&amp;File as the Phone Gets It</source>
        <translation>&amp;Datei, wie das Telefon sie erhält</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;Platzhalter</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>Any phone with no region</source>
        <translation>Beliebiges Telefon ohne Region</translation>
    </message>
    <message>
        <source>Any phone in %1</source>
        <translation>Beliebiges Telefon in %1</translation>
    </message>
    <message>
        <source>A new template can be previewed once it is saved.</source>
        <translation>Eine neue Vorlage kann nach dem Speichern in der Vorschau angezeigt werden.</translation>
    </message>
    <message>
        <source>Fetching what this phone&apos;s file is made of…</source>
        <translation>Bestandteile der Datei dieses Telefons werden abgerufen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Phone %1 (%2).</source>
        <translation>Telefon %1 (%2).</translation>
    </message>
    <message>
        <source>It gets its file from template &quot;%1&quot; now, not from this one.</source>
        <translation>Es erhält seine Datei jetzt aus der Vorlage &quot;%1&quot;, nicht aus dieser.</translation>
    </message>
    <message>
        <source>Offline: values as last fetched from the server.</source>
        <translation>Offline: Werte wie zuletzt vom Server abgerufen.</translation>
    </message>
    <message>
        <source>Passwords are shown as %1.</source>
        <translation>Kennwörter werden als %1 angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Global File as Phones Get It</source>
        <translation>&amp;Globale Datei, wie Telefone sie erhalten</translation>
    </message>
    <message>
        <source>No preview of the global file: %1</source>
        <translation>Keine Vorschau der globalen Datei: %1</translation>
    </message>
    <message>
        <source>; This file cannot be made: %1</source>
        <translation>; Diese Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Nicht aufgelöst</translation>
    </message>
    <message>
        <source>(each phone&apos;s own)</source>
        <translation>(eigener Wert jedes Telefons)</translation>
    </message>
    <message>
        <source>(nothing gives it a value)</source>
        <translation>(nichts liefert einen Wert)</translation>
    </message>
    <message>
        <source>Built-in, per phone</source>
        <translation>Integriert, je Telefon</translation>
    </message>
    <message>
        <source>%1 (overwrite value)</source>
        <translation>%1 (Überschreibwert)</translation>
    </message>
    <message>
        <source>The comparison is with one phone&apos;s file: choose the Device File tab.</source>
        <translation>Der Vergleich erfolgt mit der Datei eines Telefons: Wählen Sie die Registerkarte „Gerätedatei“.</translation>
    </message>
    <message>
        <source>Choose one phone (its MAC address) to compare with the file it has now.</source>
        <translation>Wählen Sie ein Telefon (seine MAC-Adresse), um mit seiner aktuellen Datei zu vergleichen.</translation>
    </message>
    <message>
        <source>This phone has no generated file yet, or only its region&apos;s Operators may read it.</source>
        <translation>Dieses Telefon hat noch keine erzeugte Datei, oder nur die Bediener seiner Region dürfen sie lesen.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation>
            <numerusform>  … %n unveränderte Zeile …</numerusform>
            <numerusform>  … %n unveränderte Zeilen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as %1, the file the phone has now.</source>
        <translation>Identisch mit %1, der aktuellen Datei des Telefons.</translation>
    </message>
    <message>
        <source>Against %1, the file the phone has now: %2 line(s) removed, %3 added.</source>
        <translation>Gegenüber %1, der aktuellen Datei des Telefons: %2 Zeile(n) entfernt, %3 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Serveradresse &quot;%1&quot; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: its certificate is not the one you accepted before.

Presented: SHA-256 %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the old one in Connections and connect again.</source>
        <translation>Verbindung zu %1 verweigert: Sein Zertifikat ist nicht das zuvor akzeptierte.

Vorgelegt: SHA-256 %2

Möglicherweise wird die Verbindung abgefangen. Wenn das Zertifikat des Servers absichtlich ersetzt wurde, vergessen Sie das alte unter „Verbindungen“ und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Your saved session has ended: %1</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Signed in. The session is not kept: %1. You will be asked for your password when PhoneFleet starts again.</source>
        <translation>Angemeldet. Die Sitzung wird nicht gespeichert: %1. Beim nächsten Start von PhoneFleet werden Sie nach Ihrem Kennwort gefragt.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super-Administrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Regionaladministrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Nicht sichtbar</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Ihre Stufe</translation>
    </message>
    <message>
        <source>Add Region…</source>
        <translation>Region hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Region…</source>
        <translation>Region bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Region…</source>
        <translation>Region löschen…</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Site…</source>
        <translation>Standort bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Site…</source>
        <translation>Standort entfernen…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Search by region name</source>
        <translation>Nach Regionsname suchen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Level in this region</source>
        <translation>Stufe in dieser Region</translation>
    </message>
    <message>
        <source>Administrators&apos; levels in the region</source>
        <translation>Stufen der Administratoren in der Region</translation>
    </message>
    <message>
        <source>The region&apos;s sites</source>
        <translation>Standorte der Region</translation>
    </message>
    <message>
        <source>Add a site (an office, a building) to the region</source>
        <translation>Einen Standort (Büro, Gebäude) zur Region hinzufügen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Only system administrators change regions</source>
        <translation>Nur Systemadministratoren ändern Regionen</translation>
    </message>
    <message>
        <source>Sites of %1</source>
        <translation>Standorte von %1</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>Auflisten der Standorte</translation>
    </message>
    <message>
        <source>Choose a region first</source>
        <translation>Wählen Sie zuerst eine Region</translation>
    </message>
    <message>
        <source>Only Operators of this region change its sites</source>
        <translation>Nur Bediener dieser Region ändern ihre Standorte</translation>
    </message>
    <message>
        <source>Add a Site to %1</source>
        <translation>Standort zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit Site %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Ein Standort braucht einen Namen.</translation>
    </message>
    <message>
        <source>Site %1 added to %2.</source>
        <translation>Standort %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Site %1 of %2 changed.</source>
        <translation>Standort %1 von %2 geändert.</translation>
    </message>
    <message>
        <source>Remove the site %1? Its placeholder values go with it; its phones stay in the region, at no site.</source>
        <translation>Standort %1 entfernen? Seine Platzhalterwerte werden mit entfernt; seine Telefone bleiben in der Region, ohne Standort.</translation>
    </message>
    <message>
        <source>Site %1 removed.</source>
        <translation>Standort %1 entfernt.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Operator (every region)</source>
        <translation>Bediener (alle Regionen)</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Edit Region %1</source>
        <translation>Region %1 bearbeiten</translation>
    </message>
    <message>
        <source>Provisioning &amp;subnets:</source>
        <translation>Bereitstellungs&amp;subnetze:</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>Eine Region braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet (address/prefix length, e.g. 10.20.0.0/16).</source>
        <translation>&quot;%1&quot; ist kein Subnetz (Adresse/Präfixlänge, z. B. 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>Region %1 added.</source>
        <translation>Region %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Region %1 changed.</source>
        <translation>Region %1 geändert.</translation>
    </message>
    <message>
        <source>Delete the region %1? Its sites, its placeholder values and the administrators&apos; levels in it go with it. A region that still has phones, users or templates cannot be deleted.</source>
        <translation>Region %1 löschen? Ihre Standorte, ihre Platzhalterwerte und die Stufen der Administratoren darin werden mit gelöscht. Eine Region, die noch Telefone, Benutzer oder Vorlagen hat, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Region %1 deleted.</source>
        <translation>Region %1 gelöscht.</translation>
    </message>
    <message>
        <source>No region yet. A region groups phones (by office or network: its provisioning subnets), gives them its templates and placeholder values, and sets who may see and change them.</source>
        <translation>Noch keine Region. Eine Region gruppiert Telefone (nach Büro oder Netzwerk: ihren Bereitstellungssubnetzen), gibt ihnen ihre Vorlagen und Platzhalterwerte und legt fest, wer sie sehen und ändern darf.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or address%3</source>
        <translation>%1: &quot;%2&quot; ist kein Hostname und keine Adresse%3</translation>
    </message>
    <message>
        <source> (with :port if needed)</source>
        <translation> (bei Bedarf mit :Port)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Show the settings as the server has them again, dropping what was typed</source>
        <translation>Die Einstellungen wieder so anzeigen, wie sie auf dem Server sind, und Eingaben verwerfen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>LDAP Directory</source>
        <translation>LDAP-Verzeichnis</translation>
    </message>
    <message>
        <source>DHCP Option 160</source>
        <translation>DHCP Option 160</translation>
    </message>
    <message>
        <source>Server &amp;FQDN or address:</source>
        <translation>Server-&amp;FQDN oder -Adresse:</translation>
    </message>
    <message>
        <source>Server FQDN</source>
        <translation>Server-FQDN</translation>
    </message>
    <message>
        <source>what phones use to reach this server; empty: this host&apos;s name</source>
        <translation>womit Telefone diesen Server erreichen; leer: Name dieses Hosts</translation>
    </message>
    <message>
        <source>&amp;Disconnect timeout (minutes):</source>
        <translation>&amp;Getrennt nach (Minuten):</translation>
    </message>
    <message>
        <source>Administrator &amp;sign-in lasts (seconds):</source>
        <translation>&amp;Sitzungsdauer für Administratoren (Sekunden):</translation>
    </message>
    <message>
        <source>&amp;Activity log level:</source>
        <translation>Stufe des &amp;Aktivitätsprotokolls:</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;push port (0: never push):</source>
        <translation>Push-P&amp;ort der Telefone (0: nie pushen):</translation>
    </message>
    <message>
        <source>System &amp;provisioning subnets:</source>
        <translation>&amp;Bereitstellungssubnetze (System):</translation>
    </message>
    <message>
        <source>CIDR blocks whose phones fetch their file without credentials</source>
        <translation>CIDR-Blöcke, deren Telefone ihre Datei ohne Anmeldedaten abrufen</translation>
    </message>
    <message>
        <source>Redundant Mode</source>
        <translation>Redundanzmodus</translation>
    </message>
    <message>
        <source>&amp;Redundant mode: phones fall back to a backup provisioning server</source>
        <translation>&amp;Redundanzmodus: Telefone weichen auf einen Backup-Bereitstellungsserver aus</translation>
    </message>
    <message>
        <source>P&amp;rimary server:</source>
        <translation>&amp;Primärserver:</translation>
    </message>
    <message>
        <source>Primary server</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <source>&amp;Backup server:</source>
        <translation>Back&amp;up-Server:</translation>
    </message>
    <message>
        <source>Backup server</source>
        <translation>Backup-Server</translation>
    </message>
    <message>
        <source>What every phone gets unless its template, region or own values say otherwise (system placeholders: %ITCS_Language% and so on). Empty: the phone&apos;s own default.</source>
        <translation>Was jedes Telefon erhält, sofern seine Vorlage, Region oder eigenen Werte nichts anderes festlegen (Systemplatzhalter: %ITCS_Language% usw.). Leer: Standard des Telefons.</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;language:</source>
        <translation>&amp;Sprache der Telefone:</translation>
    </message>
    <message>
        <source>&amp;Primary NTP server:</source>
        <translation>&amp;Primärer NTP-Server:</translation>
    </message>
    <message>
        <source>Primary NTP server</source>
        <translation>Primärer NTP-Server</translation>
    </message>
    <message>
        <source>&amp;Secondary NTP server:</source>
        <translation>S&amp;ekundärer NTP-Server:</translation>
    </message>
    <message>
        <source>Secondary NTP server</source>
        <translation>Sekundärer NTP-Server</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Voice mail number:</source>
        <translation>&amp;Voicemail-Nummer:</translation>
    </message>
    <message>
        <source>Voice mail number: &quot;%1&quot; is not a number to dial (digits, * # +)</source>
        <translation>Voicemail-Nummer: &quot;%1&quot; ist keine wählbare Nummer (Ziffern, * # +)</translation>
    </message>
    <message>
        <source>S&amp;RTP:</source>
        <translation>S&amp;RTP:</translation>
    </message>
    <message>
        <source>&amp;Outbound proxy:</source>
        <translation>&amp;Outbound-Proxy:</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Outbound-Proxy</translation>
    </message>
    <message>
        <source>Outbound proxy p&amp;ort:</source>
        <translation>Outbound-Proxy-Por&amp;t:</translation>
    </message>
    <message>
        <source>Outbound proxy port: &quot;%1&quot; is not a port</source>
        <translation>Outbound-Proxy-Port: &quot;%1&quot; ist kein Port</translation>
    </message>
    <message>
        <source>&amp;Keep-alive period (seconds):</source>
        <translation>&amp;Keep-Alive-Intervall (Sekunden):</translation>
    </message>
    <message>
        <source>Keep-alive period: &quot;%1&quot; is not a number of seconds (10..86400)</source>
        <translation>Keep-Alive-Intervall: &quot;%1&quot; ist keine Anzahl Sekunden (10..86400)</translation>
    </message>
    <message>
        <source>&amp;Active: phones search the corporate directory</source>
        <translation>&amp;Aktiv: Telefone durchsuchen das Unternehmensverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>LDAP server address</source>
        <translation>LDAP-Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>LDAP port: &quot;%1&quot; is not a port</source>
        <translation>LDAP-Port: &quot;%1&quot; ist kein Port</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>Bas&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Name filter:</source>
        <translation>&amp;Namensfilter:</translation>
    </message>
    <message>
        <source>Name a&amp;ttributes:</source>
        <translation>Namensa&amp;ttribute:</translation>
    </message>
    <message>
        <source>Nu&amp;mber filter:</source>
        <translation>N&amp;ummernfilter:</translation>
    </message>
    <message>
        <source>Number attr&amp;ibutes:</source>
        <translation>Numme&amp;rnattribute:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>Ma&amp;x hits:</source>
        <translation>&amp;Max. Treffer:</translation>
    </message>
    <message>
        <source>Sort the &amp;results</source>
        <translation>&amp;Ergebnisse sortieren</translation>
    </message>
    <message>
        <source>Search time&amp;out (seconds):</source>
        <translation>Suchtime&amp;out (Sekunden):</translation>
    </message>
    <message>
        <source>Minimum &amp;search length:</source>
        <translation>Minimale Such&amp;länge:</translation>
    </message>
    <message>
        <source>LDAP %1: &quot;%2&quot; is not a number (0..10000)</source>
        <translation>LDAP %1: &quot;%2&quot; ist keine Zahl (0..10000)</translation>
    </message>
    <message>
        <source>Zero-Touch Provisioning</source>
        <translation>Zero-Touch-Bereitstellung</translation>
    </message>
    <message>
        <source>dhcpoption160.cfg &amp;template:</source>
        <translation>dhcpoption160.cfg-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Restore the Shipped Template</source>
        <translation>Mitgelieferte Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>SBC &amp;HTTP proxy (host:port):</source>
        <translation>SBC-&amp;HTTP-Proxy (Host:Port):</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>SBC-HTTP-Proxy</translation>
    </message>
    <message>
        <source>for phones outside the network; empty: none</source>
        <translation>für Telefone außerhalb des Netzwerks; leer: keiner</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>As stored on the server.</source>
        <translation>Wie auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Only system administrators change the system settings</source>
        <translation>Nur Systemadministratoren ändern die Systemeinstellungen</translation>
    </message>
    <message>
        <source>Check the fields and send what changed to the server</source>
        <translation>Felder prüfen und Änderungen an den Server senden</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Geändert, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Not every setting was saved: %1</source>
        <translation>Nicht alle Einstellungen wurden gespeichert: %1</translation>
    </message>
    <message>
        <source>server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Keep me signed in (the session is kept in the system&apos;s keychain)</source>
        <translation>&amp;Angemeldet bleiben (die Sitzung wird im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2.</source>
        <translation>Bei %1 als %2 anmelden.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Your session lasts until you close PhoneFleet; nothing is written to disk.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1). Ihre Sitzung dauert, bis Sie PhoneFleet schließen; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Add Template</source>
        <translation>Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation>Vorlage %1 bearbeiten</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;default template for this model</source>
        <translation>&amp;Standardvorlage der Region für dieses Modell</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(systemweit)</translation>
    </message>
    <message>
        <source>&amp;Global file name:</source>
        <translation>Name der g&amp;lobalen Datei:</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Globale Datei</translation>
    </message>
    <message>
        <source>De&amp;vice file name:</source>
        <translation>Name der G&amp;erätedatei:</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone model:</source>
        <translation>&amp;Telefonmodell:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the new template?</source>
        <translation>Die neue Vorlage speichern?</translation>
    </message>
    <message>
        <source>Save the changes to the template %1?</source>
        <translation>Änderungen an der Vorlage %1 speichern?</translation>
    </message>
    <message>
        <source>Discard throws away what was typed in this dialog.</source>
        <translation>„Verwerfen“ löscht, was in diesem Dialog eingegeben wurde.</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the offline copy. Saving puts the change in the outbox; it is sent when the server answers again.</source>
        <translation>Der Server ist nicht erreichbar: Dies ist die Offline-Kopie. Beim Speichern kommt die Änderung in den Postausgang; sie wird gesendet, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed (kept %1). Save it, or Cancel and Discard to throw it away.</source>
        <translation>Wiederhergestellt: Dieser Text war beim letzten Schließen der Konsole nicht gespeichert (aufbewahrt %1). Speichern Sie ihn, oder wählen Sie „Abbrechen“ und „Verwerfen“, um ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed. Save it, or Cancel and Discard to throw it away.</source>
        <translation>Wiederhergestellt: Dieser Text war beim letzten Schließen der Konsole nicht gespeichert. Speichern Sie ihn, oder wählen Sie „Abbrechen“ und „Verwerfen“, um ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Both files need a name (the device file&apos;s is usually %ITCS_mac%.cfg).</source>
        <translation>Beide Dateien brauchen einen Namen (die Gerätedatei heißt meist %ITCS_mac%.cfg).</translation>
    </message>
    <message>
        <source>The file names cannot be used: %1.</source>
        <translation>Die Dateinamen sind nicht verwendbar: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateWorkspace</name>
    <message>
        <source>The server cannot be reached and template %1 is not in the offline copy.</source>
        <translation>Der Server ist nicht erreichbar, und die Vorlage %1 ist nicht in der Offline-Kopie.</translation>
    </message>
    <message>
        <source>The edit could not be kept in the offline copy: %1</source>
        <translation>Die Änderung konnte nicht in der Offline-Kopie aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no preview of this phone was kept while it could be.</source>
        <translation>Der Server ist nicht erreichbar, und es wurde keine Vorschau dieses Telefons aufbewahrt, als er erreichbar war.</translation>
    </message>
    <message>
        <source>Template %1: the edit made offline was saved on the server.</source>
        <translation>Vorlage %1: Die offline vorgenommene Änderung wurde auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Template %1: the server&apos;s version was kept, the offline edit dropped.</source>
        <translation>Vorlage %1: Die Version des Servers wurde behalten, die Offline-Änderung verworfen.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>The default template of its region for %1 phones</source>
        <translation>Die Standardvorlage ihrer Region für %1-Telefone</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n Telefon</numerusform>
            <numerusform>%n Telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n phone(s) made from this template left placeholders without a value (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>Die Dateien von %n Telefon aus dieser Vorlage enthalten Platzhalter ohne Wert („Nicht aufgelöste Platzhalter…“ listet sie auf)</numerusform>
            <numerusform>Die Dateien von %n Telefonen aus dieser Vorlage enthalten Platzhalter ohne Wert („Nicht aufgelöste Platzhalter…“ listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Telefonmodell</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(systemweit)</translation>
    </message>
    <message>
        <source>Global file</source>
        <translation>Globale Datei</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Nicht aufgelöst</translation>
    </message>
    <message>
        <source>Add Template…</source>
        <translation>Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Restore to Default…</source>
        <translation>Auf Standard zurücksetzen…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Import XML…</source>
        <translation>XML importieren…</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>XML exportieren…</translation>
    </message>
    <message>
        <source>Unresolved Placeholders…</source>
        <translation>Nicht aufgelöste Platzhalter…</translation>
    </message>
    <message>
        <source>The templates of which region (system-wide ones show in every region)</source>
        <translation>Region, deren Vorlagen angezeigt werden (systemweite erscheinen in jeder Region)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Generate the configuration files of the phones this template serves</source>
        <translation>Die Konfigurationsdateien der Telefone erzeugen, die diese Vorlage versorgt</translation>
    </message>
    <message>
        <source>The phones whose last generated file left placeholders without a value</source>
        <translation>Die Telefone, deren zuletzt erzeugte Datei Platzhalter ohne Wert enthielt</translation>
    </message>
    <message>
        <source>No template is stored: every phone gets the shipped default of its model. Add Template starts from it.</source>
        <translation>Keine Vorlage gespeichert: Jedes Telefon erhält den mitgelieferten Standard seines Modells. „Vorlage hinzufügen“ beginnt damit.</translation>
    </message>
    <message>
        <source>Template %1 saved in the outbox: it is sent when the server answers again.</source>
        <translation>Vorlage %1 im Postausgang gespeichert: Sie wird gesendet, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Template %1 was changed on the server meanwhile: compare and choose in the window that opened.</source>
        <translation>Vorlage %1 wurde inzwischen auf dem Server geändert: Vergleichen und wählen Sie im geöffneten Fenster.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Template %1 added.</source>
        <translation>Vorlage %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Opening the template failed: %1</source>
        <translation>Öffnen der Vorlage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>%1 klonen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>&amp;Name der Kopie:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>The copy takes both files and the template&apos;s placeholders.</source>
        <translation>Die Kopie übernimmt beide Dateien und die Platzhalter der Vorlage.</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>Die Kopie braucht einen Namen.</translation>
    </message>
    <message>
        <source>Delete %1? It is the default of its region: its phones fall back to the system-wide template of their model.</source>
        <translation>%1 löschen? Sie ist die Standardvorlage ihrer Region: Ihre Telefone fallen auf die systemweite Vorlage ihres Modells zurück.</translation>
    </message>
    <message>
        <source>Delete the template %1 and its placeholders?</source>
        <translation>Vorlage %1 und ihre Platzhalter löschen?</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Vorlage %1 gelöscht.</translation>
    </message>
    <message>
        <source>Restore to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Replace both files of %1 with the shipped default for %2 phones? What was changed in them is lost (export the template first to keep it).</source>
        <translation>Beide Dateien von %1 durch den mitgelieferten Standard für %2-Telefone ersetzen? Änderungen daran gehen verloren (exportieren Sie die Vorlage vorher, um sie zu behalten).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>%1 restored to the shipped default.</source>
        <translation>%1 auf den mitgelieferten Standard zurückgesetzt.</translation>
    </message>
    <message>
        <source>The phones could not be listed: %1</source>
        <translation>Die Telefone konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No %1 phone in %2: nothing to generate.</source>
        <translation>Kein %1-Telefon in %2: nichts zu erzeugen.</translation>
    </message>
    <message>
        <source>No %1 phone: nothing to generate.</source>
        <translation>Kein %1-Telefon: nichts zu erzeugen.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n file(s) changed</source>
        <translation>
            <numerusform>Erzeugt: %n Datei geändert</numerusform>
            <numerusform>Erzeugt: %n Dateien geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unverändert</numerusform>
            <numerusform>, %n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see the Jobs panel)</source>
        <translation>
            <numerusform>, %n fehlgeschlagen (siehe Auftragsbereich)</numerusform>
            <numerusform>, %n fehlgeschlagen (siehe Auftragsbereich)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>, %n mit nicht aufgelösten Platzhaltern („Nicht aufgelöste Platzhalter…“ listet sie auf)</numerusform>
            <numerusform>, %n mit nicht aufgelösten Platzhaltern („Nicht aufgelöste Platzhalter…“ listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Template files (*.xml *.cfg);;All files (*)</source>
        <translation>Vorlagendateien (*.xml *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in the vendor&apos;s XML (&lt;ipphonetamplate&gt;); to edit a plain cfg file, use File › Open Cfg File…</source>
        <translation>%1 ist keine Vorlage im XML-Format des Herstellers (&lt;ipphonetamplate&gt;); um eine einfache Cfg-Datei zu bearbeiten, verwenden Sie Datei › Cfg-Datei öffnen…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
    <message>
        <source>%1 imported as the template %2.</source>
        <translation>%1 als Vorlage %2 importiert.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Template files (*.xml)</source>
        <translation>Vorlagendateien (*.xml)</translation>
    </message>
    <message>
        <source>No template stored for this choice: its phones get a system-wide template of their model, else the shipped default.</source>
        <translation>Für diese Auswahl ist keine Vorlage gespeichert: Ihre Telefone erhalten eine systemweite Vorlage ihres Modells, sonst den mitgelieferten Standard.</translation>
    </message>
    <message>
        <source>No template stored: every phone gets the shipped default of its model. Add one to change what phones of a model, or of a region, get.</source>
        <translation>Keine Vorlage gespeichert: Jedes Telefon erhält den mitgelieferten Standard seines Modells. Fügen Sie eine hinzu, um zu ändern, was Telefone eines Modells oder einer Region erhalten.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>UnresolvedPhonesDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Phones with Unresolved Placeholders</source>
        <translation>Telefone mit nicht aufgelösten Platzhaltern</translation>
    </message>
    <message>
        <source>Nothing gives these placeholders a value for these phones, so the lines that use them were left out of the phones&apos; files or set to the parameter&apos;s default. Give them a value at the device, site, region, template or system level (Placeholders page), then generate the files again.</source>
        <translation>Nichts liefert diesen Platzhaltern einen Wert für diese Telefone, daher wurden die Zeilen, die sie verwenden, in den Dateien der Telefone weggelassen oder auf den Standardwert des Parameters gesetzt. Geben Sie ihnen einen Wert auf Geräte-, Standort-, Regions-, Vorlagen- oder Systemebene (Seite „Platzhalter“) und erzeugen Sie die Dateien dann erneut.</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Shipped default templates</source>
        <translation>Mitgelieferte Standardvorlagen</translation>
    </message>
    <message>
        <source>Phones of</source>
        <translation>Telefone von</translation>
    </message>
    <message>
        <source>&amp;Phones of:</source>
        <translation>&amp;Telefone von:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Telefonmodell</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Nicht aufgelöste Platzhalter</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Reading the phones…</source>
        <translation>Telefone werden gelesen…</translation>
    </message>
    <message>
        <source>(shipped default)</source>
        <translation>(mitgelieferter Standard)</translation>
    </message>
    <message>
        <source>(removed template)</source>
        <translation>(entfernte Vorlage)</translation>
    </message>
    <message>
        <source>No phone&apos;s file has an unresolved placeholder.</source>
        <translation>Keine Datei eines Telefons hat einen nicht aufgelösten Platzhalter.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n phones are listed.</source>
        <translation>
            <numerusform>Die ersten %1 von einem Telefon werden aufgeführt.</numerusform>
            <numerusform>Die ersten %1 von %n Telefonen werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) with unresolved placeholders.</source>
        <translation>
            <numerusform>%n Telefon mit nicht aufgelösten Platzhaltern.</numerusform>
            <numerusform>%n Telefone mit nicht aufgelösten Platzhaltern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the phones failed: %1</source>
        <translation>Lesen der Telefone fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>UserImportWizard</name>
    <message>
        <source>the file is %1; at most %2 are read</source>
        <translation>die Datei ist %1 groß; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>&amp;Create the regions the file names that do not exist yet</source>
        <translation>Fehlende Regionen aus der Datei &amp;anlegen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Warum sie nicht importiert wurde</translation>
    </message>
    <message>
        <source>Import Users and Phones</source>
        <translation>Benutzer und Telefone importieren</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A users and phones file as the vendor&apos;s console exports it: Name, Password, Display Name, Region, then Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model and so on.</source>
        <translation>Eine Benutzer- und Telefondatei, wie die Konsole des Herstellers sie exportiert: Name, Password, Display Name, Region, dann Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model usw.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Users and phones file</source>
        <translation>Benutzer- und Telefondatei</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Check the Lines</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Lines with a problem are shown in red and are not imported; the others are sent when you go on.</source>
        <translation>Zeilen mit einem Problem sind rot dargestellt und werden nicht importiert; die übrigen werden gesendet, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The server imports the lines in batches of %1; each batch is all or nothing.</source>
        <translation>Der Server importiert die Zeilen in Gruppen zu je %1; jede Gruppe wird ganz oder gar nicht übernommen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>This is not a users and phones file: %1</source>
        <translation>Dies ist keine Benutzer- und Telefondatei: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read; %1 with a problem.</source>
        <translation>
            <numerusform>%n Zeile gelesen; %1 mit einem Problem.</numerusform>
            <numerusform>%n Zeilen gelesen; %1 mit einem Problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m lines</source>
        <translation>%v von %m Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) can be imported.</source>
        <translation>
            <numerusform>Die %n Zeile kann importiert werden.</numerusform>
            <numerusform>Alle %n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines have a problem and will be left out; %3 can be imported.</source>
        <translation>%1 von %2 Zeilen haben ein Problem und werden ausgelassen; %3 können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be imported otherwise than written (shown in amber: read why).</source>
        <translation>
            <numerusform>%n Zeile wird anders als geschrieben importiert (gelb markiert: Grund lesen).</numerusform>
            <numerusform>%n Zeilen werden anders als geschrieben importiert (gelb markiert: Grund lesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Sending lines %1 to %2…</source>
        <translation>Zeilen %1 bis %2 werden gesendet…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n line(s):</source>
        <translation>
            <numerusform>%1 von %n Zeile importiert:</numerusform>
            <numerusform>%1 von %n Zeilen importiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
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
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n Telefon hinzugefügt</numerusform>
            <numerusform>%n Telefone hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) added.</source>
        <translation>
            <numerusform>%n Region hinzugefügt.</numerusform>
            <numerusform>%n Regionen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n line(s).</source>
        <translation>
            <numerusform>Nicht importiert: %n Zeile.</numerusform>
            <numerusform>Nicht importiert: %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add User…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Edit User…</source>
        <translation>Benutzer bearbeiten…</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Benutzer löschen…</translation>
    </message>
    <message>
        <source>Add Phone to User…</source>
        <translation>Telefon zu Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Export Users File…</source>
        <translation>Benutzerdatei exportieren…</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Nach Benutzer oder Anzeigename suchen</translation>
    </message>
    <message>
        <source>Add or update users and their phones from a CSV file, line by line checked first</source>
        <translation>Benutzer und ihre Telefone aus einer CSV-Datei hinzufügen oder aktualisieren, vorher Zeile für Zeile geprüft</translation>
    </message>
    <message>
        <source>The users and phones file, as Import reads it (without passwords)</source>
        <translation>Die Benutzer- und Telefondatei, wie der Import sie liest (ohne Kennwörter)</translation>
    </message>
    <message>
        <source>Phone (MAC)</source>
        <translation>Telefon (MAC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>The user&apos;s phones</source>
        <translation>Telefone des Benutzers</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>SIP password set</source>
        <translation>SIP-Kennwort gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>%n Benutzer löschen…</numerusform>
            <numerusform>%n Benutzer löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>leave empty to keep the current one</source>
        <translation>leer lassen, um das aktuelle zu behalten</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>SIP &amp;password:</source>
        <translation>SIP-&amp;Kennwort:</translation>
    </message>
    <message>
        <source>A user needs a name (the phones&apos; sign-in name).</source>
        <translation>Ein Benutzer braucht einen Namen (den Anmeldenamen der Telefone).</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 128 characters.</source>
        <translation>Ein Benutzername hat keine Leerzeichen und höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Benutzer %1 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n phone(s) too (else they stay, without a user)</source>
        <translation>
            <numerusform>Auch das zugehörige Telefon löschen (sonst bleibt es ohne Benutzer)</numerusform>
            <numerusform>Auch die %n zugehörigen Telefone löschen (sonst bleiben sie ohne Benutzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Benutzer %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>%n Benutzer löschen?</numerusform>
            <numerusform>%n Benutzer löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>%n Benutzer gelöscht.</numerusform>
            <numerusform>%n Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Phone to %1</source>
        <translation>Telefon zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>&amp;MAC-Adresse:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hexadecimal digits, with or without separators).</source>
        <translation>&quot;%1&quot; ist keine MAC-Adresse (12 Hexadezimalziffern, mit oder ohne Trennzeichen).</translation>
    </message>
    <message>
        <source>Phone %1 added.</source>
        <translation>Telefon %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Save the users and phones file</source>
        <translation>Benutzer- und Telefondatei speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the users</source>
        <translation>Exportieren der Benutzer</translation>
    </message>
    <message>
        <source>The users and phones were saved to %1.</source>
        <translation>Die Benutzer und Telefone wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Die Datei konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No user yet. Add them one by one, or import the users file of the vendor&apos;s server (Import CSV…) with their phones.</source>
        <translation>Noch keine Benutzer. Fügen Sie sie einzeln hinzu, oder importieren Sie die Benutzerdatei des Herstellerservers (CSV importieren…) samt ihren Telefonen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>VendorImportWizard</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the server takes an export of at most %3.</source>
        <translation>%1 ist %2 groß; der Server nimmt einen Export von höchstens %3 an.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Read: templates %1, tenants %2, sites %3.</source>
        <translation>Gelesen: Vorlagen %1, Mandanten %2, Standorte %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%n Teil davon ist nicht lesbar und wird übersprungen.</numerusform>
            <numerusform>%n Teile davon sind nicht lesbar und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>&amp;Unveränderte anzeigen</translation>
    </message>
    <message>
        <source>Import from the Vendor&apos;s Server</source>
        <translation>Vom Server des Herstellers importieren</translation>
    </message>
    <message>
        <source>Choose the Vendor&apos;s Export</source>
        <translation>Export des Herstellers auswählen</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, after the server has shown what it would do.</source>
        <translation>Nichts wird geschrieben, bevor Sie auf „Importieren“ klicken, nachdem der Server gezeigt hat, was er tun würde.</translation>
    </message>
    <message>
        <source>The vendor&apos;s IP Phone Management Server exports its whole configuration as one zip file: its templates, tenants, sites, placeholders and system settings. Tenants become regions; templates keep their name, description, region and default mark; placeholder values go to their level; system settings become system values.</source>
        <translation>Der IP Phone Management Server des Herstellers exportiert seine gesamte Konfiguration als eine ZIP-Datei: Vorlagen, Mandanten, Standorte, Platzhalter und Systemeinstellungen. Mandanten werden zu Regionen; Vorlagen behalten Name, Beschreibung, Region und Standardmarkierung; Platzhalterwerte kommen auf ihre Ebene; Systemeinstellungen werden zu Systemwerten.</translation>
    </message>
    <message>
        <source>the export&apos;s zip file</source>
        <translation>die ZIP-Datei des Exports</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The vendor&apos;s configuration export</source>
        <translation>Der Konfigurationsexport des Herstellers</translation>
    </message>
    <message>
        <source>Vendor configuration export (*.zip);;All files (*)</source>
        <translation>Konfigurationsexport des Herstellers (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Which Tenant Is Each Id?</source>
        <translation>Welcher Mandant ist welche ID?</translation>
    </message>
    <message>
        <source>The vendor&apos;s Templates.csv names the tenant of each template by a numeric id (TENANT_ID) that Tenants.csv does not list. Choose the tenant each id stands for, or skip its templates.</source>
        <translation>Die Templates.csv des Herstellers nennt den Mandanten jeder Vorlage über eine numerische ID (TENANT_ID), die Tenants.csv nicht auflistet. Wählen Sie den Mandanten, für den jede ID steht, oder überspringen Sie ihre Vorlagen.</translation>
    </message>
    <message>
        <source>What the Import Would Do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is the server&apos;s dry run. Skipped rows (in amber) are not imported; point at one to read why. Import writes all the rest in one go: all or nothing.</source>
        <translation>Noch wurde nichts geschrieben: Dies ist der Probelauf des Servers. Übersprungene Zeilen (gelb) werden nicht importiert; zeigen Sie auf eine, um den Grund zu lesen. „Importieren“ schreibt alles Übrige in einem Schritt: ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The server imports the export in one transaction: if anything fails, nothing is written.</source>
        <translation>Der Server importiert den Export in einer Transaktion: Schlägt etwas fehl, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Asking the server what the import would do…</source>
        <translation>Server wird gefragt, was der Import tun würde…</translation>
    </message>
    <message>
        <source>Not connected to a server: connect first (File › Connect to Server…).</source>
        <translation>Nicht mit einem Server verbunden: Verbinden Sie sich zuerst (Datei › Mit Server verbinden…).</translation>
    </message>
    <message>
        <source>Only an administrator who may administer the whole system can import the vendor&apos;s export.</source>
        <translation>Nur ein Administrator, der das gesamte System verwalten darf, kann den Export des Herstellers importieren.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s file first.</source>
        <translation>Wählen Sie zuerst die Exportdatei.</translation>
    </message>
    <message>
        <source>The server cannot import this file: %1</source>
        <translation>Der Server kann diese Datei nicht importieren: %1</translation>
    </message>
    <message>
        <source>The server could not say what the import would do: %1</source>
        <translation>Der Server konnte nicht angeben, was der Import tun würde: %1</translation>
    </message>
    <message>
        <source>Go on to see what the import would do.</source>
        <translation>Fahren Sie fort, um zu sehen, was der Import tun würde.</translation>
    </message>
    <message numerus="yes">
        <source>Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which tenant each one is.</source>
        <translation>
            <numerusform>Templates.csv nennt %n Mandanten-ID, die Tenants.csv nicht auflistet: Fahren Sie fort, um den Mandanten anzugeben.</numerusform>
            <numerusform>Templates.csv nennt %n Mandanten-IDs, die Tenants.csv nicht auflistet: Fahren Sie fort, um jeweils den Mandanten anzugeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server what the import would do with these tenants…</source>
        <translation>Server wird gefragt, was der Import mit diesen Mandanten tun würde…</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Mandant auswählen…</translation>
    </message>
    <message>
        <source>%1 (a region of this server)</source>
        <translation>%1 (eine Region dieses Servers)</translation>
    </message>
    <message>
        <source>Skip its templates</source>
        <translation>Zugehörige Vorlagen überspringen</translation>
    </message>
    <message>
        <source>TENANT_ID %1</source>
        <translation>TENANT_ID %1</translation>
    </message>
    <message>
        <source>Its templates: %1</source>
        <translation>Zugehörige Vorlagen: %1</translation>
    </message>
    <message>
        <source>Every template&apos;s tenant is known.</source>
        <translation>Der Mandant jeder Vorlage ist bekannt.</translation>
    </message>
    <message>
        <source>TENANT_ID %1 holds &apos;,&apos; or &apos;=&apos;, which cannot be sent to the server: skip its templates.</source>
        <translation>TENANT_ID %1 enthält &apos;,&apos; oder &apos;=&apos;, was nicht an den Server gesendet werden kann: Überspringen Sie die zugehörigen Vorlagen.</translation>
    </message>
    <message>
        <source>“%1” holds a comma, which cannot be sent to the server as a tenant: skip the templates of TENANT_ID %2, or rename the tenant in the vendor&apos;s server.</source>
        <translation>„%1“ enthält ein Komma und kann nicht als Mandant an den Server gesendet werden: Überspringen Sie die Vorlagen von TENANT_ID %2, oder benennen Sie den Mandanten im Server des Herstellers um.</translation>
    </message>
    <message>
        <source>Skipped: not imported</source>
        <translation>Übersprungen: nicht importiert</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 skipped.</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>The server already holds everything this export would bring.</source>
        <translation>Der Server enthält bereits alles, was dieser Export bringen würde.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The server is importing the export…</source>
        <translation>Der Server importiert den Export…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Imported from the vendor&apos;s export: %1 created, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation>Aus dem Export des Herstellers importiert: %1 angelegt, %2 geändert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>What was skipped was not imported (the preview said why).</source>
        <translation>Übersprungenes wurde nicht importiert (die Vorschau nannte den Grund).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The import is all or nothing: look at the regions and templates to see whether it was done before importing again.</source>
        <translation>Der Server hat nicht geantwortet: %1. Der Import erfolgt ganz oder gar nicht: Prüfen Sie die Regionen und Vorlagen, um festzustellen, ob er ausgeführt wurde, bevor Sie erneut importieren.</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>er antwortete %1</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the import: %1. Nothing was imported.</source>
        <translation>Der Server hat den Import abgelehnt: %1. Nichts wurde importiert.</translation>
    </message>
</context>
</TS>
