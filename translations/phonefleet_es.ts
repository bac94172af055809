<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionOptionsDialog</name>
    <message>
        <source>The phones restart, in batches; calls on a phone reset by force are cut.</source>
        <translation>Los teléfonos se reinician por lotes; las llamadas de un teléfono reiniciado de forma forzada se cortan.</translation>
    </message>
    <message>
        <source>The phones download the image and restart to install it, in batches.</source>
        <translation>Los teléfonos descargan la imagen y se reinician para instalarla, por lotes.</translation>
    </message>
    <message>
        <source>The phones, their values and their generated files are removed from the server. This cannot be undone.</source>
        <translation>Los teléfonos, sus valores y sus archivos generados se eliminan del servidor. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The phones provision again from the new region&apos;s folder.</source>
        <translation>Los teléfonos se vuelven a aprovisionar desde la carpeta de la nueva región.</translation>
    </message>
    <message>
        <source>Until a phone has fetched its file once, any host in its region&apos;s provisioning subnets that names its MAC address gets its file with the SIP password. Allow it only for phones that were reset to factory defaults, for as short as you can.</source>
        <translation>Hasta que un teléfono haya obtenido su archivo una vez, cualquier host de las subredes de aprovisionamiento de su región que indique su dirección MAC recibe su archivo con la contraseña SIP. Permítalo solo para teléfonos restablecidos a los valores de fábrica y durante el menor tiempo posible.</translation>
    </message>
    <message>
        <source>&amp;Generate the phones&apos; configuration files first</source>
        <translation>&amp;Generar primero los archivos de configuración de los teléfonos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>&amp;Graceful: when the phone is idle (no call)</source>
        <translation>&amp;Ordenado: cuando el teléfono esté inactivo (sin llamada)</translation>
    </message>
    <message>
        <source>&amp;Force: now, even during a call</source>
        <translation>&amp;Forzado: ahora, incluso durante una llamada</translation>
    </message>
    <message>
        <source>&amp;Scheduled: at</source>
        <translation>&amp;Programado: a las</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Hora del reinicio</translation>
    </message>
    <message>
        <source>What the phones&apos; screens show</source>
        <translation>Lo que muestran las pantallas de los teléfonos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>&amp;Pitido</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Shown for:</source>
        <translation>&amp;Visible durante:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s firmware files…</source>
        <translation>Cargando los archivos de firmware del servidor…</translation>
    </message>
    <message>
        <source>&amp;Firmware image:</source>
        <translation>Imagen de &amp;firmware:</translation>
    </message>
    <message>
        <source>The firmware files cannot be listed: %1</source>
        <translation>No se pueden listar los archivos de firmware: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>The server has no firmware files: upload one first</source>
        <translation>El servidor no tiene archivos de firmware: suba uno primero</translation>
    </message>
    <message>
        <source> phones</source>
        <translation> teléfonos</translation>
    </message>
    <message>
        <source>Phones restarted together: no more are without service at once.</source>
        <translation>Teléfonos reiniciados a la vez: nunca habrá más sin servicio al mismo tiempo.</translation>
    </message>
    <message>
        <source>&amp;Batches of:</source>
        <translation>&amp;Lotes de:</translation>
    </message>
    <message>
        <source>Time for a batch to come back and register before the next one restarts.</source>
        <translation>Tiempo para que un lote vuelva y se registre antes de que se reinicie el siguiente.</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Espera entre lotes:</translation>
    </message>
    <message>
        <source>At most a share of each &amp;region&apos;s phones in one batch:</source>
        <translation>Como máximo una parte de los teléfonos de cada &amp;región por lote:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of each region&apos;s phones in one batch</source>
        <translation>Parte de los teléfonos de cada región por lote</translation>
    </message>
    <message>
        <source>A scheduled reset restarts every phone at the time set: no share per batch can hold.</source>
        <translation>Un reinicio programado reinicia todos los teléfonos a la hora fijada: no se puede respetar ninguna parte por lote.</translation>
    </message>
    <message>
        <source>Of each region&apos;s phones, all of them, not only these: the rest of a region keeps working while a batch restarts. A region always restarts at least one phone a batch.</source>
        <translation>De todos los teléfonos de cada región, no solo de estos: el resto de la región sigue funcionando mientras un lote se reinicia. Una región siempre reinicia al menos un teléfono por lote.</translation>
    </message>
    <message>
        <source>There is no region you may change</source>
        <translation>No hay ninguna región que pueda cambiar</translation>
    </message>
    <message>
        <source>Approve into &amp;region:</source>
        <translation>Aprobar en la &amp;región:</translation>
    </message>
    <message>
        <source>Move to &amp;region:</source>
        <translation>Mover a la &amp;región:</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de un minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>alrededor de %1 h %2 min</translation>
    </message>
    <message>
        <source>batches of up to %1 phones, %2 s apart, at most %3 % of each region&apos;s phones a batch</source>
        <translation>lotes de hasta %1 teléfonos, cada %2 s, como máximo el %3 % de los teléfonos de cada región por lote</translation>
    </message>
    <message numerus="yes">
        <source> (%n batch(es))</source>
        <translation>
            <numerusform> (%n lote)</numerusform>
            <numerusform> (%n lotes)</numerusform>
        </translation>
    </message>
    <message>
        <source>batches of %1 phones, %2 s apart, so that few phones are down at once</source>
        <translation>lotes de %1 teléfonos, cada %2 s, para que haya pocos teléfonos fuera de servicio a la vez</translation>
    </message>
    <message>
        <source>one phone after another, on the server</source>
        <translation>un teléfono tras otro, en el servidor</translation>
    </message>
    <message>
        <source>%1 s between two phones (the server&apos;s delay between installs)</source>
        <translation>%1 s entre dos teléfonos (el retardo del servidor entre instalaciones)</translation>
    </message>
    <message>
        <source>%1 phones at once</source>
        <translation>%1 teléfonos a la vez</translation>
    </message>
    <message>
        <source>Takes %1: %2.</source>
        <translation>Dura %1: %2.</translation>
    </message>
    <message>
        <source>The time of a scheduled reset must be in the future.</source>
        <translation>La hora de un reinicio programado debe ser futura.</translation>
    </message>
    <message>
        <source>Type the message the phones show.</source>
        <translation>Escriba el mensaje que mostrarán los teléfonos.</translation>
    </message>
    <message>
        <source>Choose a firmware image.</source>
        <translation>Elija una imagen de firmware.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Elija una región.</translation>
    </message>
</context>
<context>
    <name>AdminsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrador regional</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>No visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Operator in every region</source>
        <translation>Operador en todas las regiones</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>ninguna región</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Add Administrator…</source>
        <translation>Añadir administrador…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Change My Password…</source>
        <translation>Cambiar mi contraseña…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Only system administrators manage accounts; you may change your own password.</source>
        <translation>Solo los administradores del sistema gestionan cuentas; puede cambiar su propia contraseña.</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Añadir administrador</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>leave empty to keep it; a new one ends the account&apos;s sessions</source>
        <translation>déjela vacía para conservarla; una nueva cierra las sesiones de la cuenta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Levels per region:</source>
        <translation>Niveles por región:</translation>
    </message>
    <message>
        <source>An administrator needs a name to sign in with.</source>
        <translation>Un administrador necesita un nombre para iniciar sesión.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Administrator %1 added.</source>
        <translation>Administrador %1 añadido.</translation>
    </message>
    <message>
        <source>Administrator %1 changed.</source>
        <translation>Administrador %1 modificado.</translation>
    </message>
    <message>
        <source>Delete the administrator %1? Their sessions end at once.</source>
        <translation>¿Eliminar al administrador %1? Sus sesiones terminan de inmediato.</translation>
    </message>
    <message>
        <source>Administrator %1 deleted.</source>
        <translation>Administrador %1 eliminado.</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>desbloquear a %1</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Se cambió su contraseña; se cerraron sus otras sesiones.</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation>Borrar alarma</translation>
    </message>
    <message>
        <source>Search by alarm name, MAC or IP address</source>
        <translation>Buscar por nombre de alarma, MAC o dirección IP</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>Alarmas activas</translation>
    </message>
    <message>
        <source>History (cleared)</source>
        <translation>Historial (borradas)</translation>
    </message>
    <message>
        <source>All alarms</source>
        <translation>Todas las alarmas</translation>
    </message>
    <message>
        <source>Which alarms</source>
        <translation>Qué alarmas</translation>
    </message>
    <message>
        <source>Clear the selected active alarms by hand (they stay in the history)</source>
        <translation>Borrar manualmente las alarmas activas seleccionadas (permanecen en el historial)</translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>Seleccione una alarma para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Alarm(s)</source>
        <translation>
            <numerusform>Borrar %n alarma</numerusform>
            <numerusform>Borrar %n alarmas</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring: you may see alarms but not clear them</source>
        <translation>Supervisión: puede ver las alarmas, pero no borrarlas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Borrada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Causa probable</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Alarm id</source>
        <translation>ID de alarma</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared.</source>
        <translation>
            <numerusform>%n alarma borrada.</numerusform>
            <numerusform>%n alarmas borradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared; the others were not: %1</source>
        <translation>
            <numerusform>%n alarma borrada; las demás no: %1</numerusform>
            <numerusform>%n alarmas borradas; las demás no: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active alarm. Phones send their alarms here (this server is their alarm server); cleared ones are under History.</source>
        <translation>No hay ninguna alarma activa. Los teléfonos envían aquí sus alarmas (este servidor es su servidor de alarmas); las borradas están en Historial.</translation>
    </message>
    <message>
        <source>No alarm in this list. Phones send their alarms here (this server is their alarm server).</source>
        <translation>No hay ninguna alarma en esta lista. Los teléfonos envían aquí sus alarmas (este servidor es su servidor de alarmas).</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Comprobar el estado de %n teléfono</numerusform>
            <numerusform>Comprobar el estado de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)…</source>
        <translation>
            <numerusform>Cambiar la región de %n teléfono…</numerusform>
            <numerusform>Cambiar la región de %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)…</source>
        <translation>
            <numerusform>Actualizar el firmware de %n teléfono…</numerusform>
            <numerusform>Actualizar el firmware de %n teléfonos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Web Admin</source>
        <translation>Abrir administración web</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s)…</source>
        <translation>
            <numerusform>Reiniciar %n teléfono…</numerusform>
            <numerusform>Reiniciar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)…</source>
        <translation>
            <numerusform>Actualizar la configuración de %n teléfono…</numerusform>
            <numerusform>Actualizar la configuración de %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)…</source>
        <translation>
            <numerusform>Enviar mensaje a %n teléfono…</numerusform>
            <numerusform>Enviar mensaje a %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)…</source>
        <translation>
            <numerusform>Aprobar %n teléfono…</numerusform>
            <numerusform>Aprobar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)…</source>
        <translation>
            <numerusform>Eliminar %n teléfono…</numerusform>
            <numerusform>Eliminar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Generar los archivos de configuración de %n teléfono</numerusform>
            <numerusform>Generar los archivos de configuración de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)…</source>
        <translation>
            <numerusform>Permitir el primer contacto de %n teléfono…</numerusform>
            <numerusform>Permitir el primer contacto de %n teléfonos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Comprobar estado</translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation>Cambiar región…</translation>
    </message>
    <message>
        <source>Update Firmware…</source>
        <translation>Actualizar firmware…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Actualizar configuración…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Enviar mensaje…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Generate Configuration Files</source>
        <translation>Generar archivos de configuración</translation>
    </message>
    <message>
        <source>Allow First Contact…</source>
        <translation>Permitir primer contacto…</translation>
    </message>
    <message>
        <source>Asks the phones to report their status now.</source>
        <translation>Pide a los teléfonos que informen ahora de su estado.</translation>
    </message>
    <message>
        <source>Moves the phones to another region; they fetch that region&apos;s configuration.</source>
        <translation>Mueve los teléfonos a otra región; obtienen la configuración de esa región.</translation>
    </message>
    <message>
        <source>Sends the phones a firmware image of the server; they restart to install it, in batches.</source>
        <translation>Envía a los teléfonos una imagen de firmware del servidor; se reinician para instalarla, por lotes.</translation>
    </message>
    <message>
        <source>Opens the phone&apos;s own web administration page (HTTPS) in your browser.</source>
        <translation>Abre en su navegador la página de administración web del propio teléfono (HTTPS).</translation>
    </message>
    <message>
        <source>Restarts the phones: when idle (graceful), at once (force) or at a set time.</source>
        <translation>Reinicia los teléfonos: cuando estén inactivos (ordenado), de inmediato (forzado) o a una hora fijada.</translation>
    </message>
    <message>
        <source>Asks the phones to download and apply their configuration file again.</source>
        <translation>Pide a los teléfonos que vuelvan a descargar y aplicar su archivo de configuración.</translation>
    </message>
    <message>
        <source>Shows a message on the phones&apos; screens for a number of seconds.</source>
        <translation>Muestra un mensaje en las pantallas de los teléfonos durante unos segundos.</translation>
    </message>
    <message>
        <source>Lets phones waiting for approval in, into a region.</source>
        <translation>Admite en una región los teléfonos en espera de aprobación.</translation>
    </message>
    <message>
        <source>Removes the phones, their values and their generated files from the server.</source>
        <translation>Elimina del servidor los teléfonos, sus valores y sus archivos generados.</translation>
    </message>
    <message>
        <source>Generates the phones&apos; configuration files from their templates now.</source>
        <translation>Genera ahora los archivos de configuración de los teléfonos a partir de sus plantillas.</translation>
    </message>
    <message>
        <source>Lets phones reset to factory defaults get their configuration file once more without credentials, from their region&apos;s provisioning subnets, within a time you choose.</source>
        <translation>Permite que los teléfonos restablecidos a los valores de fábrica obtengan una vez más su archivo de configuración sin credenciales, desde las subredes de aprovisionamiento de su región, en el plazo que elija.</translation>
    </message>
    <message>
        <source>Select one or more phones first.</source>
        <translation>Seleccione primero uno o varios teléfonos.</translation>
    </message>
    <message>
        <source>Select exactly one phone.</source>
        <translation>Seleccione exactamente un teléfono.</translation>
    </message>
    <message>
        <source>This phone has not reported an IP address yet.</source>
        <translation>Este teléfono aún no ha informado de ninguna dirección IP.</translation>
    </message>
    <message>
        <source>None of the selected phones is waiting for approval.</source>
        <translation>Ninguno de los teléfonos seleccionados está en espera de aprobación.</translation>
    </message>
    <message>
        <source>Only system administrators approve phones.</source>
        <translation>Solo los administradores del sistema aprueban teléfonos.</translation>
    </message>
    <message>
        <source>Your access to the selected phones&apos; regions is read-only (Monitoring).</source>
        <translation>Su acceso a las regiones de los teléfonos seleccionados es de solo lectura (Supervisión).</translation>
    </message>
    <message numerus="yes">
        <source>Phones in regions you may only monitor are skipped: %n of the selection.</source>
        <translation>
            <numerusform>Se omiten los teléfonos de regiones que solo puede supervisar: %n de la selección.</numerusform>
            <numerusform>Se omiten los teléfonos de regiones que solo puede supervisar: %n de la selección.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CfgEditor</name>
    <message>
        <source>integer, %1 to %2</source>
        <translation>entero, de %1 a %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 o 1</translation>
    </message>
    <message>
        <source>%1, at most %2 characters</source>
        <translation>%1, como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>CfgFileWindow</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Guardar el archivo como</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt);;All files (*)</source>
        <translation>Archivos de configuración (*.cfg *.cfx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Shown as text: %1</source>
        <translation>Mostrado como texto: %1</translation>
    </message>
    <message>
        <source>&amp;Global File: %1</source>
        <translation>Archivo &amp;global: %1</translation>
    </message>
    <message>
        <source>&amp;Device File: %1</source>
        <translation>Archivo de &amp;dispositivo: %1</translation>
    </message>
    <message>
        <source>Restored unsaved text from %1: save it to keep it.</source>
        <translation>Texto sin guardar restaurado de %1: guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>No se guardó %1: %2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the rows again from the server</source>
        <translation>Volver a cargar las filas desde el servidor</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows as shown (search, filters and order) as a CSV file</source>
        <translation>Guardar las filas tal como se muestran (búsqueda, filtros y orden) en un archivo CSV</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Nothing here in this region.</source>
        <translation>No hay nada en esta región.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the offline copy: the server cannot be reached</source>
        <translation>
            <numerusform>%n fila de la copia sin conexión: no se puede acceder al servidor</numerusform>
            <numerusform>%n filas de la copia sin conexión: no se puede acceder al servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Error al cargar: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>cargar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown — search to narrow them down</source>
        <translation>%1 de %2 mostradas — busque para acotarlas</translation>
    </message>
    <message>
        <source>the newest %1 of %2</source>
        <translation>las %1 más recientes de %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not deleted: %1</source>
        <translation>
            <numerusform>%n fila no eliminada: %1</numerusform>
            <numerusform>%n filas no eliminadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>descargar %1</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3</source>
        <translation>No se pudo guardar %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>ConfigFilesPage</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Filtrar por nombre de archivo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Delay between installs</source>
        <translation>Retardo entre instalaciones</translation>
    </message>
    <message>
        <source>How long a bulk job (update configuration, restart, firmware) waits between two phones, unless it is given its own pacing</source>
        <translation>Cuánto espera una tarea masiva (actualizar configuración, reiniciar, firmware) entre dos teléfonos, salvo que tenga su propio ritmo</translation>
    </message>
    <message>
        <source>&amp;Delay between installs:</source>
        <translation>&amp;Retardo entre instalaciones:</translation>
    </message>
    <message>
        <source>a file name has at most 128 characters</source>
        <translation>un nombre de archivo tiene como máximo 128 caracteres</translation>
    </message>
    <message>
        <source>a file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .cfg, .cfx, .txt or .xml</source>
        <translation>un nombre de archivo consta de letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, y termina en .cfg, .cfx, .txt o .xml</translation>
    </message>
    <message>
        <source>Reading the delay between installs</source>
        <translation>leer el retardo entre instalaciones</translation>
    </message>
    <message>
        <source>Changing the delay between installs</source>
        <translation>cambiar el retardo entre instalaciones</translation>
    </message>
    <message numerus="yes">
        <source>Jobs now wait %n second(s) between two phones.</source>
        <translation>
            <numerusform>Las tareas esperan ahora %n segundo entre dos teléfonos.</numerusform>
            <numerusform>Las tareas esperan ahora %n segundos entre dos teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a configuration file</source>
        <translation>Subir un archivo de configuración</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt *.xml)</source>
        <translation>Archivos de configuración (*.cfg *.cfx *.txt *.xml)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>No se subió %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>subir %1</translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation>%1 reemplazado.</translation>
    </message>
    <message>
        <source>%1 uploaded.</source>
        <translation>%1 subido.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>Delete %1? It is generated: it comes back the next time its phones&apos; files are generated.</source>
        <translation>¿Eliminar %1? Es un archivo generado: volverá la próxima vez que se generen los archivos de sus teléfonos.</translation>
    </message>
    <message>
        <source>Delete %1? Phones that include it no longer find it.</source>
        <translation>¿Eliminar %1? Los teléfonos que lo incluyen dejarán de encontrarlo.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>No configuration file yet. Phones&apos; files appear here once generated (Templates › Generate, or when a phone asks); shared files can be uploaded.</source>
        <translation>Aún no hay archivos de configuración. Los archivos de los teléfonos aparecen aquí una vez generados (Plantillas › Generar, o cuando un teléfono los pide); los archivos compartidos se pueden subir.</translation>
    </message>
    <message>
        <source>Configuration Files</source>
        <translation>Archivos de configuración</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Forget Certificate</source>
        <translation>&amp;Olvidar certificado</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>pf.example.net or https://pf.example.net:8443</source>
        <translation>pf.example.net o https://pf.example.net:8443</translation>
    </message>
    <message>
        <source>What you call it, e.g. Paris HQ</source>
        <translation>Cómo lo llama, p. ej. Sede de París</translation>
    </message>
    <message>
        <source>Forget the certificate accepted for this server: the next connection shows the server&apos;s certificate again, for you to check and accept.</source>
        <translation>Olvidar el certificado aceptado para este servidor: la próxima conexión volverá a mostrar el certificado del servidor para que lo compruebe y lo acepte.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Local server (this computer)</source>
        <translation>Servidor local (este equipo)</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Nuevo servidor…</translation>
    </message>
    <message>
        <source>Give the connection a name, the server&apos;s address and your user name.</source>
        <translation>Indique un nombre para la conexión, la dirección del servidor y su nombre de usuario.</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>No se puede usar la dirección del servidor: %1</translation>
    </message>
    <message>
        <source>none accepted yet (it is shown when you connect)</source>
        <translation>ninguno aceptado aún (se muestra al conectarse)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not needed: the console talks to its own server on this computer</source>
        <translation>no es necesario: la consola se comunica con su propio servidor en este equipo</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>The action was refused: %1</source>
        <translation>Se rechazó la acción: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Tarea iniciada: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the server&apos;s answer about the signed-in account cannot be read</source>
        <translation>no se puede leer la respuesta del servidor sobre la cuenta con sesión iniciada</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>No se pudo guardar la exportación en %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh the Dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrados</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectados</translation>
    </message>
    <message>
        <source>Registered of all phones</source>
        <translation>Registrados del total de teléfonos</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <source>Open Devices Status with every phone</source>
        <translation>Abrir Estado de dispositivos con todos los teléfonos</translation>
    </message>
    <message>
        <source>Phones per region</source>
        <translation>Teléfonos por región</translation>
    </message>
    <message>
        <source>Phones per model</source>
        <translation>Teléfonos por modelo</translation>
    </message>
    <message>
        <source>Phones per firmware version</source>
        <translation>Teléfonos por versión de firmware</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Abrir Estado de dispositivos con estos teléfonos</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>No se pudo actualizar el panel: %1</translation>
    </message>
    <message>
        <source>an answer that cannot be read</source>
        <translation>una respuesta ilegible</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s); updated %1</source>
        <translation>
            <numerusform>%n teléfono; actualizado: %1</numerusform>
            <numerusform>%n teléfonos; actualizado: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>The simulator stopped (exit code %1): %2</source>
        <translation>El simulador se detuvo (código de salida %1): %2</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>El simulador no se inició: %1</translation>
    </message>
    <message>
        <source>A demo fleet is running already.</source>
        <translation>Ya hay una flota de demostración en ejecución.</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only: its phones are on this computer.</source>
        <translation>Una flota de demostración solo funciona con el servidor local: sus teléfonos están en este equipo.</translation>
    </message>
    <message>
        <source>A demo fleet has 1 to 20 000 phones.</source>
        <translation>Una flota de demostración tiene de 1 a 20 000 teléfonos.</translation>
    </message>
    <message>
        <source>The simulator is not installed next to PhoneFleet (%1).</source>
        <translation>El simulador no está instalado junto a PhoneFleet (%1).</translation>
    </message>
    <message>
        <source>Preparing the server…</source>
        <translation>Preparando el servidor…</translation>
    </message>
    <message>
        <source>Demo fleet (phonefleet-sim)</source>
        <translation>Flota de demostración (phonefleet-sim)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n demo user(s)…</source>
        <translation>
            <numerusform>Añadiendo %n usuario de demostración…</numerusform>
            <numerusform>Añadiendo %n usuarios de demostración…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulator did not give its address plan: %1</source>
        <translation>El simulador no indicó su plan de direcciones: %1</translation>
    </message>
    <message>
        <source>Importing the demo users failed: %1</source>
        <translation>Error al importar los usuarios de demostración: %1</translation>
    </message>
    <message>
        <source>Generating the phones&apos; configuration files…</source>
        <translation>Generando los archivos de configuración de los teléfonos…</translation>
    </message>
    <message>
        <source>Generating the demo phones&apos; files failed: %1</source>
        <translation>Error al generar los archivos de los teléfonos de demostración: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated phone(s)…</source>
        <translation>
            <numerusform>Iniciando %n teléfono simulado…</numerusform>
            <numerusform>Iniciando %n teléfonos simulados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Users with &amp;several phones</source>
        <translation>Usuarios con &amp;varios teléfonos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approved or pending</source>
        <translation>Aprobado o pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every phone again</source>
        <translation>Volver a mostrar todos los teléfonos</translation>
    </message>
    <message>
        <source>Model: (unknown)</source>
        <translation>Modelo: (desconocido)</translation>
    </message>
    <message>
        <source>Version: (unknown)</source>
        <translation>Versión: (desconocida)</translation>
    </message>
</context>
<context>
    <name>DevicePageDecoder</name>
    <message>
        <source>the server&apos;s answer is not JSON (%1 at byte %2)</source>
        <translation>la respuesta del servidor no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>text after the end</source>
        <translation>texto tras el final</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of phones</source>
        <translation>la respuesta del servidor no es una lista de teléfonos</translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fuera de línea</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Nunca ha informado</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
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
        <translation>%1 desde %2; último informe: %3</translation>
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
        <translation>Buscar usuario, número de teléfono, MAC, IP, modelo, firmware, región, estado…</translation>
    </message>
    <message>
        <source>Search phones</source>
        <translation>Buscar teléfonos</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Show the smart filters</source>
        <translation>Mostrar los filtros inteligentes</translation>
    </message>
    <message>
        <source>Reload the List</source>
        <translation>Volver a cargar la lista</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the phones as shown (search, filters and order) as a CSV file</source>
        <translation>Guardar los teléfonos tal como se muestran (búsqueda, filtros y orden) en un archivo CSV</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>No conectado a un servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform>
            <numerusform>%n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n phone(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %n teléfono</numerusform>
            <numerusform>Se muestran %1 de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n seleccionado</numerusform>
            <numerusform>, %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Ningún navegador web pudo abrir %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Size Columns to Content</source>
        <translation>Ajustar columnas al contenido</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
    <message>
        <source>Devices Status</source>
        <translation>Estado de dispositivos</translation>
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
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Provisioning subnets</source>
        <translation>Subredes de aprovisionamiento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Model as imported</source>
        <translation>Modelo según la importación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>VLAN mode</source>
        <translation>Modo de VLAN</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>ID de VLAN</translation>
    </message>
    <message>
        <source>VLAN priority</source>
        <translation>Prioridad de VLAN</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Usuario informado</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Último informe</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>File user</source>
        <translation>Usuario del archivo</translation>
    </message>
    <message>
        <source>File secret</source>
        <translation>Secreto del archivo</translation>
    </message>
    <message>
        <source>Push address</source>
        <translation>Dirección push</translation>
    </message>
    <message>
        <source>First contact allowed until</source>
        <translation>Primer contacto permitido hasta</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID único</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Causa probable</translation>
    </message>
    <message>
        <source>Additional information 1</source>
        <translation>Información adicional 1</translation>
    </message>
    <message>
        <source>Additional information 2</source>
        <translation>Información adicional 2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Borrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Hash de la contraseña</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Marcadores sin resolver</translation>
    </message>
    <message>
        <source>Disconnect timeout (minutes)</source>
        <translation>Plazo de desconexión (minutos)</translation>
    </message>
    <message>
        <source>Administrator session (seconds)</source>
        <translation>Duración de la sesión de administrador (segundos)</translation>
    </message>
    <message>
        <source>Activity log level</source>
        <translation>Nivel del registro de actividad</translation>
    </message>
    <message>
        <source>Phone push port (0: never push)</source>
        <translation>Puerto push de los teléfonos (0: sin push)</translation>
    </message>
    <message>
        <source>Pause between two phones (seconds)</source>
        <translation>Espera entre dos teléfonos (segundos)</translation>
    </message>
    <message>
        <source>First contact again after (minutes; 0: never)</source>
        <translation>Nuevo primer contacto tras (minutos; 0: nunca)</translation>
    </message>
    <message>
        <source>System provisioning subnets</source>
        <translation>Subredes de aprovisionamiento del sistema</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>DHCP option 160 file</source>
        <translation>Archivo de DHCP Option 160</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>Proxy HTTP del SBC</translation>
    </message>
    <message>
        <source>Syslog host</source>
        <translation>Host de syslog</translation>
    </message>
    <message>
        <source>Syslog port</source>
        <translation>Puerto de syslog</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Host SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>SMTP CA certificates file</source>
        <translation>Archivo de certificados CA de SMTP</translation>
    </message>
    <message>
        <source>SMTP sender</source>
        <translation>Remitente SMTP</translation>
    </message>
    <message>
        <source>SMTP recipients</source>
        <translation>Destinatarios SMTP</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>the file is %1; at most %2 are accepted</source>
        <translation>el archivo ocupa %1; se aceptan como máximo %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazado</numerusform>
            <numerusform>%n reemplazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>Buscar por nombre de archivo</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modelo de teléfono</translation>
    </message>
    <message>
        <source>Newest image</source>
        <translation>Imagen más reciente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Phone models and their newest image</source>
        <translation>Modelos de teléfono y su imagen más reciente</translation>
    </message>
    <message>
        <source>a firmware file name has at most 128 characters</source>
        <translation>un nombre de archivo de firmware tiene como máximo 128 caracteres</translation>
    </message>
    <message>
        <source>a firmware file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .img (430HD_3.4.3.1.img)</source>
        <translation>un nombre de archivo de firmware consta de letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, y termina en .img (430HD_3.4.3.1.img)</translation>
    </message>
    <message>
        <source>none: phones of this model get no firmware</source>
        <translation>ninguna: los teléfonos de este modelo no reciben firmware</translation>
    </message>
    <message>
        <source>Upload Firmware</source>
        <translation>Subir firmware</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>from the file&apos;s name or header</source>
        <translation>según el nombre o la cabecera del archivo</translation>
    </message>
    <message>
        <source>&amp;Image file:</source>
        <translation>Archivo de &amp;imagen:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>Imagen de firmware</translation>
    </message>
    <message>
        <source>Firmware images (*.img)</source>
        <translation>Imágenes de firmware (*.img)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>No se subió %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>subir %1</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 %3.</source>
        <translation>%1 subido: %2 %3.</translation>
    </message>
    <message>
        <source>But %1.</source>
        <translation>Pero %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>An image needs a version (3.4.3.1).</source>
        <translation>Una imagen necesita una versión (3.4.3.1).</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modificado.</translation>
    </message>
    <message>
        <source>Save the image</source>
        <translation>Guardar la imagen</translation>
    </message>
    <message>
        <source>Delete %1? Phones told to install it will no longer find it.</source>
        <translation>¿Eliminar %1? Los teléfonos a los que se indicó instalarla ya no la encontrarán.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>Firmware Files</source>
        <translation>Archivos de firmware</translation>
    </message>
</context>
<context>
    <name>JobTargetsModel</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Queued for its next report</source>
        <translation>En cola hasta su próximo informe</translation>
    </message>
    <message>
        <source>Delivered at its report</source>
        <translation>Entregado en su informe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped (no rights)</source>
        <translation>Omitido (sin permisos)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>Reset %n phone(s) at once</source>
        <translation>
            <numerusform>Reiniciar %n teléfono de inmediato</numerusform>
            <numerusform>Reiniciar %n teléfonos de inmediato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at a set time</source>
        <translation>
            <numerusform>Reiniciar %n teléfono a una hora fijada</numerusform>
            <numerusform>Reiniciar %n teléfonos a una hora fijada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) when idle</source>
        <translation>
            <numerusform>Reiniciar %n teléfono cuando esté inactivo</numerusform>
            <numerusform>Reiniciar %n teléfonos cuando estén inactivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Comprobar el estado de %n teléfono</numerusform>
            <numerusform>Comprobar el estado de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)</source>
        <translation>
            <numerusform>Actualizar la configuración de %n teléfono</numerusform>
            <numerusform>Actualizar la configuración de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)</source>
        <translation>
            <numerusform>Actualizar el firmware de %n teléfono</numerusform>
            <numerusform>Actualizar el firmware de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)</source>
        <translation>
            <numerusform>Enviar mensaje a %n teléfono</numerusform>
            <numerusform>Enviar mensaje a %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)</source>
        <translation>
            <numerusform>Cambiar la región de %n teléfono</numerusform>
            <numerusform>Cambiar la región de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Phone Type of %n phone(s)</source>
        <translation>
            <numerusform>Cambiar el tipo de %n teléfono</numerusform>
            <numerusform>Cambiar el tipo de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Language of %n phone(s)</source>
        <translation>
            <numerusform>Cambiar el idioma de %n teléfono</numerusform>
            <numerusform>Cambiar el idioma de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)</source>
        <translation>
            <numerusform>Aprobar %n teléfono</numerusform>
            <numerusform>Aprobar %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Eliminar %n teléfono</numerusform>
            <numerusform>Eliminar %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset Passwords of %n user(s)</source>
        <translation>
            <numerusform>Restablecer la contraseña de %n usuario</numerusform>
            <numerusform>Restablecer las contraseñas de %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Generar los archivos de configuración de %n teléfono</numerusform>
            <numerusform>Generar los archivos de configuración de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)</source>
        <translation>
            <numerusform>Permitir el primer contacto de %n teléfono</numerusform>
            <numerusform>Permitir el primer contacto de %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>next batch %1</source>
        <translation>próximo lote: %1</translation>
    </message>
    <message>
        <source>%1 phones/min</source>
        <translation>%1 teléfonos/min</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>fin hacia las %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Outcome per phone</source>
        <translation>Resultado por teléfono</translation>
    </message>
    <message>
        <source>Phones not sent to yet are not; commands waiting for a phone&apos;s report are withdrawn.</source>
        <translation>Los teléfonos a los que aún no se ha enviado no lo reciben; se retiran los comandos que esperan el informe de un teléfono.</translation>
    </message>
    <message>
        <source>Select a job to see what happened to each phone.</source>
        <translation>Seleccione una tarea para ver qué ocurrió con cada teléfono.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>No se pudo cancelar la tarea: %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Web admin log</source>
        <translation>Registro de administración web</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Which log</source>
        <translation>Qué registro</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Depuración y superiores</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Información y superiores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>last </source>
        <translation>últimas </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>How many lines</source>
        <translation>Cuántas líneas</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to %1.</source>
        <translation>
            <numerusform>%n línea guardada en %1.</numerusform>
            <numerusform>%n líneas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>No se pudo guardar el registro en %1: %2</translation>
    </message>
    <message>
        <source>System Logs</source>
        <translation>Registros del sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Super Administrator</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrador regional</translation>
    </message>
    <message>
        <source>Regional administrator, read-only</source>
        <translation>Administrador regional, solo lectura</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>PhoneFleet</source>
        <translation>PhoneFleet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Tarea finalizada: %1</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Actualizaciones en directo en pausa</translation>
    </message>
    <message>
        <source>The server does not answer: %1. Trying again.</source>
        <translation>El servidor no responde: %1. Reintentando.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Changes on the server show here within seconds.</source>
        <translation>Los cambios en el servidor se muestran aquí en segundos.</translation>
    </message>
    <message>
        <source>Loading phones: %v of %m</source>
        <translation>Cargando teléfonos: %v de %m</translation>
    </message>
    <message>
        <source>The phones could not be loaded: %1</source>
        <translation>No se pudieron cargar los teléfonos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated phone(s) are booting; the dashboard follows them.</source>
        <translation>
            <numerusform>%n teléfono simulado está arrancando; el panel lo sigue.</numerusform>
            <numerusform>%n teléfonos simulados están arrancando; el panel los sigue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo fleet could not run: %1</source>
        <translation>No se pudo ejecutar la flota de demostración: %1</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Server</source>
        <translation>Usar el servidor &amp;local</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>&amp;Import from the Vendor&apos;s Server…</source>
        <translation>&amp;Importar del servidor del fabricante…</translation>
    </message>
    <message>
        <source>Import the configuration export of the vendor&apos;s IP Phone Management Server (system administrators)</source>
        <translation>Importar la exportación de configuración del IP Phone Management Server del fabricante (administradores del sistema)</translation>
    </message>
    <message>
        <source>&amp;Open Cfg File…</source>
        <translation>&amp;Abrir archivo cfg…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Abrir un archivo de configuración</translation>
    </message>
    <message>
        <source>Configuration files and templates (*.cfg *.cfx *.txt *.xml);;Template XML (*.xml);;All files (*)</source>
        <translation>Archivos de configuración y plantillas (*.cfg *.cfx *.txt *.xml);;Plantilla XML (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Start a &amp;Demo Fleet…</source>
        <translation>Iniciar flota de &amp;demostración…</translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation>De&amp;tener flota de demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation>Panel de &amp;tareas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About PhoneFleet</source>
        <translation>&amp;Acerca de PhoneFleet</translation>
    </message>
    <message>
        <source>Show the Jobs panel</source>
        <translation>Mostrar el panel de tareas</translation>
    </message>
    <message>
        <source>This build has no local server.</source>
        <translation>Esta compilación no incluye servidor local.</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Iniciando el servidor local…</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>El servidor local no se inició: %1</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>There is no saved server named “%1”.</source>
        <translation>No hay ningún servidor guardado con el nombre «%1».</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Compruebe el certificado del servidor</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.

SHA-256 fingerprint:
%2

Compare it with the fingerprint phonefleetd printed when it started (or ask its administrator). Trust it only if they are the same: PhoneFleet then accepts this certificate, and only this one, for this server.</source>
        <translation>Este equipo no confía en el certificado de %1.

Huella SHA-256:
%2

Compárela con la huella que mostró phonefleetd al iniciarse (o pregunte a su administrador). Confíe en él solo si coinciden: PhoneFleet aceptará entonces este certificado, y solo este, para este servidor.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>%1 answers again: sign in to send the outbox.</source>
        <translation>%1 vuelve a responder: inicie sesión para enviar la bandeja de salida.</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>El servidor cerró su sesión: %1</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Work offline on the templates kept from your last session there? Saved edits wait in the outbox and are sent once you sign in again.</source>
        <translation>No se puede acceder a %1. ¿Trabajar sin conexión con las plantillas conservadas de su última sesión allí? Las ediciones guardadas esperan en la bandeja de salida y se envían cuando vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Trabajar &amp;sin conexión</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (sin conexión)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — offline, trying again</source>
        <translation> — sin conexión, reintentando</translation>
    </message>
    <message>
        <source>Not connected — File › Connect to Server…</source>
        <translation>No conectado — Archivo › Conectar al servidor…</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only.</source>
        <translation>Una flota de demostración solo funciona con el servidor local.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en ejecución</numerusform>
            <numerusform>%n tareas en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo Fleet</source>
        <translation>Flota de demostración</translation>
    </message>
    <message>
        <source>Simulated phones to start against the local server:</source>
        <translation>Teléfonos simulados que se iniciarán con el servidor local:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administration of enterprise SIP desk phone fleets: provisioning, status, alarms and bulk actions.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administración de flotas de teléfonos de escritorio SIP empresariales: aprovisionamiento, estado, alarmas y acciones masivas.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PhoneFleet</source>
        <translation>Acerca de PhoneFleet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>PhoneFleet shows in %1 from its next start.</source>
        <translation>Idioma de PhoneFleet a partir del próximo inicio: %1.</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ManageDevicesPage</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Tipo de teléfono</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Change Phone Type…</source>
        <translation>Cambiar tipo de teléfono…</translation>
    </message>
    <message>
        <source>Change Language…</source>
        <translation>Cambiar idioma…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Generar configuración</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Actualizar configuración…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Enviar mensaje…</translation>
    </message>
    <message>
        <source>Change Site…</source>
        <translation>Cambiar sede…</translation>
    </message>
    <message>
        <source>The phones of which region to manage</source>
        <translation>Región cuyos teléfonos se gestionan</translation>
    </message>
    <message>
        <source>Search by user, MAC, IP address, model, firmware or location</source>
        <translation>Buscar por usuario, MAC, dirección IP, modelo, firmware o ubicación</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Con nivel Supervisión no puede cambiar nada</translation>
    </message>
    <message>
        <source>Select the phones first</source>
        <translation>Seleccione primero los teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s)</source>
        <translation>
            <numerusform>%n teléfono seleccionado</numerusform>
            <numerusform>%n teléfonos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select phones of one region: a site is a part of one region</source>
        <translation>Seleccione teléfonos de una sola región: una sede forma parte de una región</translation>
    </message>
    <message>
        <source>Only Operators of the phones&apos; region change their site</source>
        <translation>Solo los Operadores de la región de los teléfonos cambian su sede</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected phone(s) at a site of their region</source>
        <translation>
            <numerusform>Asignar el teléfono seleccionado a una sede de su región</numerusform>
            <numerusform>Asignar los %n teléfonos seleccionados a una sede de su región</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Phone(s)…</source>
        <translation>
            <numerusform>Eliminar %n teléfono…</numerusform>
            <numerusform>Eliminar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Reiniciar %n teléfono…</numerusform>
            <numerusform>Reiniciar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Phone Type of %n Phone(s)</source>
        <translation>
            <numerusform>Cambiar el tipo de %n teléfono</numerusform>
            <numerusform>Cambiar el tipo de %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Language of %n Phone(s)</source>
        <translation>
            <numerusform>Cambiar el idioma de %n teléfono</numerusform>
            <numerusform>Cambiar el idioma de %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>&amp;Ver uso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Phone type:</source>
        <translation>&amp;Tipo de teléfono:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Phone(s)</source>
        <translation>
            <numerusform>Cambiar %n teléfono</numerusform>
            <numerusform>Cambiar %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the template of the new type: their files are generated again and they are told to fetch them.</source>
        <translation>Los teléfonos reciben la plantilla del nuevo tipo: sus archivos se vuelven a generar y se les indica que los descarguen.</translation>
    </message>
    <message>
        <source>The phones&apos; files are generated again with the new language and the phones are told to fetch them.</source>
        <translation>Los archivos de los teléfonos se vuelven a generar con el nuevo idioma y se indica a los teléfonos que los descarguen.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message numerus="yes">
        <source>Phone types of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Tipos de teléfono de %n teléfono de la lista.</numerusform>
            <numerusform>Tipos de teléfono de los %n teléfonos de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Languages of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Idiomas de %n teléfono de la lista.</numerusform>
            <numerusform>Idiomas de los %n teléfonos de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Site of %n Phone(s)</source>
        <translation>
            <numerusform>Cambiar la sede de %n teléfono</numerusform>
            <numerusform>Cambiar la sede de %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Sin sede</translation>
    </message>
    <message>
        <source>Listing the sites of %1…</source>
        <translation>Listando las sedes de %1…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>The sites of %1 could not be listed: %2</source>
        <translation>No se pudieron listar las sedes de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no site yet: sites are added to a region on the Regions page.</source>
        <translation>%1 aún no tiene sedes: las sedes se añaden a una región en la página Regiones.</translation>
    </message>
    <message>
        <source>The site&apos;s placeholder values go into the phones&apos; files when they are generated again.</source>
        <translation>Los valores de marcadores de la sede se incluyen en los archivos de los teléfonos cuando se vuelven a generar.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at the site %1.</source>
        <translation>
            <numerusform>%n teléfono está ahora en la sede %1.</numerusform>
            <numerusform>%n teléfonos están ahora en la sede %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at no site.</source>
        <translation>
            <numerusform>%n teléfono está ahora sin sede.</numerusform>
            <numerusform>%n teléfonos están ahora sin sede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) not changed: %1</source>
        <translation>
            <numerusform>%n teléfono sin cambiar: %1</numerusform>
            <numerusform>%n teléfonos sin cambiar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Devices</source>
        <translation>Gestionar varios dispositivos</translation>
    </message>
</context>
<context>
    <name>ManageUsersPage</name>
    <message>
        <source>Set Region…</source>
        <translation>Asignar región…</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>Restablecer contraseñas…</translation>
    </message>
    <message>
        <source>Delete Users…</source>
        <translation>Eliminar usuarios…</translation>
    </message>
    <message>
        <source>Restart Phones…</source>
        <translation>Reiniciar teléfonos…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Generar configuración</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Actualizar configuración…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Enviar mensaje…</translation>
    </message>
    <message>
        <source>The users of which region to manage</source>
        <translation>Región cuyos usuarios se gestionan</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Buscar por usuario o nombre visible</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Con nivel Supervisión no puede cambiar nada</translation>
    </message>
    <message>
        <source>Select the users first</source>
        <translation>Seleccione primero los usuarios</translation>
    </message>
    <message>
        <source>The selected users have no phone</source>
        <translation>Los usuarios seleccionados no tienen teléfono</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users</source>
        <translation>
            <numerusform>El teléfono de los usuarios seleccionados</numerusform>
            <numerusform>Los %n teléfonos de los usuarios seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)…</source>
        <translation>
            <numerusform>Asignar la región de %n usuario…</numerusform>
            <numerusform>Asignar la región de %n usuarios…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)…</source>
        <translation>
            <numerusform>Restablecer %n contraseña…</numerusform>
            <numerusform>Restablecer %n contraseñas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Eliminar %n usuario…</numerusform>
            <numerusform>Eliminar %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Eliminar usuario…</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Reiniciar %n teléfono…</numerusform>
            <numerusform>Reiniciar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)</source>
        <translation>
            <numerusform>Asignar la región de %n usuario</numerusform>
            <numerusform>Asignar la región de %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation>Asignar región</translation>
    </message>
    <message>
        <source>Their phones keep their own region; change those on Manage Multiple Devices.</source>
        <translation>Sus teléfonos conservan su propia región; cámbiela en Gestionar varios dispositivos.</translation>
    </message>
    <message>
        <source>No user was moved: some of them are not in the list any more.</source>
        <translation>No se movió ningún usuario: algunos ya no están en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to %1.</source>
        <translation>
            <numerusform>%n usuario movido a %1.</numerusform>
            <numerusform>%n usuarios movidos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user was moved: %1</source>
        <translation>No se movió ningún usuario: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reset the SIP Passwords of %n User(s)</source>
        <translation>
            <numerusform>Restablecer la contraseña SIP de %n usuario</numerusform>
            <numerusform>Restablecer las contraseñas SIP de %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>A new &amp;random password for each user</source>
        <translation>Una contraseña &amp;aleatoria nueva para cada usuario</translation>
    </message>
    <message>
        <source>&amp;One password for all of them:</source>
        <translation>&amp;Una contraseña para todos:</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Restablecer %n contraseña</numerusform>
            <numerusform>Restablecer %n contraseñas</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the new password with their next configuration file; the passwords are never shown.</source>
        <translation>Los teléfonos reciben la nueva contraseña con su próximo archivo de configuración; las contraseñas nunca se muestran.</translation>
    </message>
    <message>
        <source>A shared password has at least 8 characters.</source>
        <translation>La contraseña compartida debe tener al menos 8 caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users.</source>
        <translation>
            <numerusform>El teléfono de los usuarios seleccionados.</numerusform>
            <numerusform>Los %n teléfonos de los usuarios seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n Phone(s)…</source>
        <translation>
            <numerusform>Actualizar %n teléfono…</numerusform>
            <numerusform>Actualizar %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n Phone(s)…</source>
        <translation>
            <numerusform>Enviar a %n teléfono…</numerusform>
            <numerusform>Enviar a %n teléfonos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Users</source>
        <translation>Gestionar varios usuarios</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Save the Merge</source>
        <translation>&amp;Guardar la fusión</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Template %1 Changed on the Server</source>
        <translation>Plantilla %1 modificada en el servidor</translation>
    </message>
    <message>
        <source>Template %1 was deleted on the server while you edited it offline (saved %2). Add your version as a new template, or drop it.</source>
        <translation>La plantilla %1 se eliminó en el servidor mientras la editaba sin conexión (guardada %2). Añada su versión como plantilla nueva o descártela.</translation>
    </message>
    <message>
        <source>&amp;Add Mine as a New Template</source>
        <translation>&amp;Añadir la mía como plantilla nueva</translation>
    </message>
    <message>
        <source>&amp;Drop Mine</source>
        <translation>&amp;Descartar la mía</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Archivo global</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Archivo de dispositivo</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>Conservar la del &amp;servidor</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place(s). Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</source>
        <translation>
            <numerusform>La plantilla %1 se modificó en el servidor (ahora revisión %2) mientras editaba la revisión %3 sin conexión. Cambios en ambos lados: %n lugar. Edite la fusión de abajo hasta que no quede ninguna marca &lt;&lt;&lt;&lt;&lt;&lt;&lt;, o conserve un lado entero.</numerusform>
            <numerusform>La plantilla %1 se modificó en el servidor (ahora revisión %2) mientras editaba la revisión %3 sin conexión. Cambios en ambos lados: %n lugares. Edite la fusión de abajo hasta que no quede ninguna marca &lt;&lt;&lt;&lt;&lt;&lt;&lt;, o conserve un lado entero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. The changes do not touch the same lines: the merge below has both.</source>
        <translation>La plantilla %1 se modificó en el servidor (ahora revisión %2) mientras editaba la revisión %3 sin conexión. Los cambios no afectan a las mismas líneas: la fusión de abajo contiene ambos.</translation>
    </message>
    <message>
        <source>Base (revision %1, what you started from)</source>
        <translation>Base (revisión %1, de la que partió)</translation>
    </message>
    <message>
        <source>The server&apos;s (revision %1)</source>
        <translation>La del servidor (revisión %1)</translation>
    </message>
    <message numerus="yes">
        <source>The merge: %n conflict(s) to settle</source>
        <translation>
            <numerusform>La fusión: %n conflicto por resolver</numerusform>
            <numerusform>La fusión: %n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge: every conflict settled</source>
        <translation>La fusión: todos los conflictos resueltos</translation>
    </message>
    <message>
        <source>The merge: nothing to settle</source>
        <translation>La fusión: nada que resolver</translation>
    </message>
    <message>
        <source>Settle every conflict first: no &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| or &gt;&gt;&gt;&gt;&gt;&gt;&gt; line may be left.</source>
        <translation>Resuelva primero todos los conflictos: no puede quedar ninguna línea &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| ni &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <source>Template edits saved while the server could not be reached; they are sent when it answers again</source>
        <translation>Ediciones de plantillas guardadas mientras no se podía acceder al servidor; se envían cuando vuelva a responder</translation>
    </message>
    <message>
        <source>The server refused the offline edit of template %1: %2. It stays in the outbox.</source>
        <translation>El servidor rechazó la edición sin conexión de la plantilla %1: %2. Permanece en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>El servidor vuelve a responder.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Templates open from the offline copy, and saved edits wait in the outbox until it answers again.</source>
        <translation>No se puede acceder al servidor. Las plantillas se abren desde la copia sin conexión y las ediciones guardadas esperan en la bandeja de salida hasta que vuelva a responder.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n edit(s)</source>
        <translation>
            <numerusform>Bandeja de salida: %n edición</numerusform>
            <numerusform>Bandeja de salida: %n ediciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Discard the Edit of %1 (saved %2)…</source>
        <translation>Descartar la edición de %1 (guardada %2)…</translation>
    </message>
    <message>
        <source>Discard the Edit</source>
        <translation>Descartar la edición</translation>
    </message>
    <message>
        <source>Throw away the edit of template %1 made offline? It was never sent to the server.</source>
        <translation>¿Desechar la edición de la plantilla %1 hecha sin conexión? Nunca se envió al servidor.</translation>
    </message>
    <message>
        <source>The edit of template %1 stays in the outbox; it is offered again next time.</source>
        <translation>La edición de la plantilla %1 permanece en la bandeja de salida; se volverá a ofrecer la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) with unsaved text from the last session were opened again.</source>
        <translation>
            <numerusform>Se volvió a abrir %n ventana con texto sin guardar de la última sesión.</numerusform>
            <numerusform>Se volvieron a abrir %n ventanas con texto sin guardar de la última sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) hold changes that are not saved:</source>
        <translation>
            <numerusform>%n ventana tiene cambios sin guardar:</numerusform>
            <numerusform>%n ventanas tienen cambios sin guardar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to find them open again with their text at the next start, or discard them all.</source>
        <translation>Consérvelas para volver a encontrarlas abiertas con su texto en el próximo inicio, o descártelas todas.</translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation>&amp;Conservar para el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;Descartar todo</translation>
    </message>
</context>
<context>
    <name>Option160Panel</name>
    <message>
        <source>Option 160 URLs for the DHCP server</source>
        <translation>URL de Option 160 para el servidor DHCP</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>What a Phone Gets</source>
        <translation>Qué recibe un teléfono</translation>
    </message>
    <message>
        <source>A new phone of &amp;model:</source>
        <translation>Un teléfono nuevo del &amp;modelo:</translation>
    </message>
    <message>
        <source>Every new phone (waits for approval)</source>
        <translation>Todo teléfono nuevo (espera aprobación)</translation>
    </message>
    <message>
        <source>Phones of %1 (zero-touch)</source>
        <translation>Teléfonos de %1 (Zero Touch)</translation>
    </message>
    <message>
        <source>Each phone&apos;s own file, by model</source>
        <translation>El archivo propio de cada teléfono, por modelo</translation>
    </message>
    <message>
        <source>Remote phones through the SBC</source>
        <translation>Teléfonos remotos a través del SBC</translation>
    </message>
    <message>
        <source>Remote phones of %1 through the SBC</source>
        <translation>Teléfonos remotos de %1 a través del SBC</translation>
    </message>
    <message>
        <source>; 1. DHCP hands the phone: %1</source>
        <translation>; 1. DHCP entrega al teléfono: %1</translation>
    </message>
    <message>
        <source>; 2. It downloads dhcpoption160.cfg, the same for every model:</source>
        <translation>; 2. Descarga dhcpoption160.cfg, el mismo para todos los modelos:</translation>
    </message>
    <message>
        <source>; the template cannot be rendered: %1</source>
        <translation>; no se puede procesar la plantilla: %1</translation>
    </message>
    <message>
        <source>; unresolved: %1</source>
        <translation>; sin resolver: %1</translation>
    </message>
    <message>
        <source>; 3. It reports itself and waits for approval; once approved into a region it fetches</source>
        <translation>; 3. Se anuncia y espera aprobación; una vez aprobado en una región, obtiene</translation>
    </message>
    <message>
        <source>;    %1 (made from the region&apos;s default %2 template, else the system-wide one)</source>
        <translation>;    %1 (creado a partir de la plantilla %2 predeterminada de la región o, si no, de la del sistema)</translation>
    </message>
    <message>
        <source>;    and its firmware, %1.img: the newest %1 image on the Firmware Files page.</source>
        <translation>;    y su firmware, %1.img: la imagen %1 más reciente de la página Archivos de firmware.</translation>
    </message>
</context>
<context>
    <name>PieCard</name>
    <message>
        <source>Others (%1)</source>
        <translation>Otros (%1)</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Abrir Estado de dispositivos con estos teléfonos</translation>
    </message>
    <message>
        <source>%1: open Devices Status with these phones</source>
        <translation>%1: abrir Estado de dispositivos con estos teléfonos</translation>
    </message>
    <message>
        <source>%1: no phones yet</source>
        <translation>%1: aún no hay teléfonos</translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message>
        <source>Placeholder or key</source>
        <translation>Marcador o clave</translation>
    </message>
    <message>
        <source>Add Value…</source>
        <translation>Añadir valor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import Values…</source>
        <translation>Importar valores…</translation>
    </message>
    <message>
        <source>Export for the Vendor…</source>
        <translation>Exportar para el fabricante…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Template (phone model)</source>
        <translation>Plantilla (modelo de teléfono)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Region overwrite values</source>
        <translation>Valores de sobrescritura de región</translation>
    </message>
    <message>
        <source>Device overwrite values</source>
        <translation>Valores de sobrescritura de dispositivo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>the phone&apos;s MAC, then Enter</source>
        <translation>MAC del teléfono y luego Intro</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address</source>
        <translation>La dirección MAC del teléfono</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>Buscar nombres y valores</translation>
    </message>
    <message>
        <source>Import placeholder values from a CSV file in the vendor&apos;s layouts (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): all lines or none</source>
        <translation>Importar valores de marcadores desde un archivo CSV con los formatos del fabricante (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): todas las líneas o ninguna</translation>
    </message>
    <message>
        <source>Save this level&apos;s values in the vendor&apos;s CSV layout</source>
        <translation>Guardar los valores de este nivel con el formato CSV del fabricante</translation>
    </message>
    <message>
        <source>Add Overwrite Value…</source>
        <translation>Añadir valor de sobrescritura…</translation>
    </message>
    <message>
        <source>Listing the templates</source>
        <translation>listar las plantillas</translation>
    </message>
    <message>
        <source>system-wide</source>
        <translation>del sistema</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>listar las sedes</translation>
    </message>
    <message>
        <source>not a MAC address</source>
        <translation>no es una dirección MAC</translation>
    </message>
    <message>
        <source>Finding the phone</source>
        <translation>buscar el teléfono</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>no phone has this MAC</source>
        <translation>ningún teléfono tiene esta MAC</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Elija una plantilla</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Elija una región</translation>
    </message>
    <message>
        <source>Choose a site (a region&apos;s sites are added on the Regions page)</source>
        <translation>Elija una sede (las sedes de una región se añaden en la página Regiones)</translation>
    </message>
    <message>
        <source>Give the phone&apos;s MAC address</source>
        <translation>Indique la dirección MAC del teléfono</translation>
    </message>
    <message>
        <source>Add an Overwrite Value</source>
        <translation>Añadir un valor de sobrescritura</translation>
    </message>
    <message>
        <source>Add a Placeholder Value</source>
        <translation>Añadir un valor de marcador</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Cfg &amp;key:</source>
        <translation>&amp;Clave cfg:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>The phone&apos;s file sets this key to this value, whatever the template says.</source>
        <translation>El archivo del teléfono asigna este valor a esta clave, diga lo que diga la plantilla.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>A cfg key is one word without &apos;=&apos; (voip/line/0/enabled).</source>
        <translation>Una clave cfg es una sola palabra sin &apos;=&apos; (voip/line/0/enabled).</translation>
    </message>
    <message>
        <source>A placeholder name is letters, digits and &apos;_&apos;, starting with a letter (Primary_NTP for %ITCS_Primary_NTP%).</source>
        <translation>Un nombre de marcador consta de letras, dígitos y &apos;_&apos;, y empieza por una letra (Primary_NTP para %ITCS_Primary_NTP%).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modificado.</translation>
    </message>
    <message>
        <source>Delete %1? Phones get the value of the level below it from their next file.</source>
        <translation>¿Eliminar %1? Los teléfonos recibirán el valor del nivel inferior a partir de su próximo archivo.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>Import Placeholder Values</source>
        <translation>Importar valores de marcadores</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a placeholder file of at most %3 is read</source>
        <translation>%1 ocupa %2; se lee un archivo de marcadores de %3 como máximo</translation>
    </message>
    <message>
        <source>%1: %2 value(s) imported (%3 added, %4 changed, %5 unchanged).</source>
        <translation>%1: valores importados: %2 (añadidos: %3, modificados: %4, sin cambios: %5).</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n línea de %1 no se puede importar, así que no se importó nada. Corríjala e importe el archivo de nuevo.</numerusform>
            <numerusform>%n líneas de %1 no se pueden importar, así que no se importó nada. Corríjalas e importe el archivo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite values have no vendor CSV layout; use Export CSV…</source>
        <translation>Los valores de sobrescritura no tienen formato CSV del fabricante; use Exportar CSV…</translation>
    </message>
    <message>
        <source>Export for the Vendor</source>
        <translation>Exportar para el fabricante</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The %1 values</source>
        <translation>Los valores de %1</translation>
    </message>
    <message>
        <source>No value at this level. Placeholders (%ITCS_Name% in templates) take the value of the nearest level: device, site, region, template, system.</source>
        <translation>No hay ningún valor en este nivel. Los marcadores (%ITCS_Name% en las plantillas) toman el valor del nivel más cercano: dispositivo, sede, región, plantilla, sistema.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The global file: one file for every phone of the model, so no phone&apos;s own values, no site&apos;s and no overwrite values apply.</source>
        <translation>El archivo global: un solo archivo para todos los teléfonos del modelo, por lo que no se aplican valores propios de teléfonos, de sedes ni de sobrescritura.</translation>
    </message>
    <message>
        <source>Preview the file of any phone of this model in a region</source>
        <translation>Vista previa del archivo de cualquier teléfono de este modelo en una región</translation>
    </message>
    <message>
        <source>or one phone: MAC address, Enter</source>
        <translation>o un teléfono: dirección MAC e Intro</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>&amp;File as the Phone Gets It</source>
        <translation>&amp;Archivo como lo recibe el teléfono</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Any phone with no region</source>
        <translation>Cualquier teléfono sin región</translation>
    </message>
    <message>
        <source>Any phone in %1</source>
        <translation>Cualquier teléfono de %1</translation>
    </message>
    <message>
        <source>A new template can be previewed once it is saved.</source>
        <translation>Una plantilla nueva se puede previsualizar una vez guardada.</translation>
    </message>
    <message>
        <source>Fetching what this phone&apos;s file is made of…</source>
        <translation>Obteniendo de qué se compone el archivo de este teléfono…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>Phone %1 (%2).</source>
        <translation>Teléfono %1 (%2).</translation>
    </message>
    <message>
        <source>It gets its file from template &quot;%1&quot; now, not from this one.</source>
        <translation>Ahora recibe su archivo de la plantilla &quot;%1&quot;, no de esta.</translation>
    </message>
    <message>
        <source>Offline: values as last fetched from the server.</source>
        <translation>Sin conexión: valores tal como se obtuvieron del servidor por última vez.</translation>
    </message>
    <message>
        <source>Passwords are shown as %1.</source>
        <translation>Las contraseñas se muestran como %1.</translation>
    </message>
    <message>
        <source>&amp;Global File as Phones Get It</source>
        <translation>Archivo &amp;global como lo reciben los teléfonos</translation>
    </message>
    <message>
        <source>No preview of the global file: %1</source>
        <translation>Sin vista previa del archivo global: %1</translation>
    </message>
    <message>
        <source>; This file cannot be made: %1</source>
        <translation>; No se puede crear este archivo: %1</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>(each phone&apos;s own)</source>
        <translation>(el propio de cada teléfono)</translation>
    </message>
    <message>
        <source>(nothing gives it a value)</source>
        <translation>(nada le da un valor)</translation>
    </message>
    <message>
        <source>Built-in, per phone</source>
        <translation>Integrado, por teléfono</translation>
    </message>
    <message>
        <source>%1 (overwrite value)</source>
        <translation>%1 (valor de sobrescritura)</translation>
    </message>
    <message>
        <source>The comparison is with one phone&apos;s file: choose the Device File tab.</source>
        <translation>La comparación se hace con el archivo de un teléfono: elija la pestaña Archivo de dispositivo.</translation>
    </message>
    <message>
        <source>Choose one phone (its MAC address) to compare with the file it has now.</source>
        <translation>Elija un teléfono (su dirección MAC) para compararlo con el archivo que tiene ahora.</translation>
    </message>
    <message>
        <source>This phone has no generated file yet, or only its region&apos;s Operators may read it.</source>
        <translation>Este teléfono aún no tiene archivo generado, o solo los Operadores de su región pueden leerlo.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation>
            <numerusform>  … %n línea sin cambios …</numerusform>
            <numerusform>  … %n líneas sin cambios …</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as %1, the file the phone has now.</source>
        <translation>Igual que %1, el archivo que el teléfono tiene ahora.</translation>
    </message>
    <message>
        <source>Against %1, the file the phone has now: %2 line(s) removed, %3 added.</source>
        <translation>Frente a %1, el archivo que el teléfono tiene ahora: líneas eliminadas: %2, añadidas: %3.</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar la dirección del servidor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: its certificate is not the one you accepted before.

Presented: SHA-256 %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the old one in Connections and connect again.</source>
        <translation>Conexión con %1 rechazada: su certificado no es el que aceptó antes.

Presentado: SHA-256 %2

Es posible que alguien esté interceptando la conexión. Si el certificado del servidor se reemplazó a propósito, olvide el anterior en Conexiones y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Your saved session has ended: %1</source>
        <translation>Su sesión guardada ha terminado: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Signed in. The session is not kept: %1. You will be asked for your password when PhoneFleet starts again.</source>
        <translation>Sesión iniciada. La sesión no se conserva: %1. Se le pedirá la contraseña cuando PhoneFleet vuelva a iniciarse.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>No conectado a un servidor.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Superadministrador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrador regional</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>No visible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Su nivel</translation>
    </message>
    <message>
        <source>Add Region…</source>
        <translation>Añadir región…</translation>
    </message>
    <message>
        <source>Edit Region…</source>
        <translation>Editar región…</translation>
    </message>
    <message>
        <source>Delete Region…</source>
        <translation>Eliminar región…</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Añadir sede…</translation>
    </message>
    <message>
        <source>Edit Site…</source>
        <translation>Editar sede…</translation>
    </message>
    <message>
        <source>Remove Site…</source>
        <translation>Quitar sede…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Search by region name</source>
        <translation>Buscar por nombre de región</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Level in this region</source>
        <translation>Nivel en esta región</translation>
    </message>
    <message>
        <source>Administrators&apos; levels in the region</source>
        <translation>Niveles de los administradores en la región</translation>
    </message>
    <message>
        <source>The region&apos;s sites</source>
        <translation>Las sedes de la región</translation>
    </message>
    <message>
        <source>Add a site (an office, a building) to the region</source>
        <translation>Añadir una sede (una oficina, un edificio) a la región</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Only system administrators change regions</source>
        <translation>Solo los administradores del sistema cambian las regiones</translation>
    </message>
    <message>
        <source>Sites of %1</source>
        <translation>Sedes de %1</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>listar las sedes</translation>
    </message>
    <message>
        <source>Choose a region first</source>
        <translation>Elija primero una región</translation>
    </message>
    <message>
        <source>Only Operators of this region change its sites</source>
        <translation>Solo los Operadores de esta región cambian sus sedes</translation>
    </message>
    <message>
        <source>Add a Site to %1</source>
        <translation>Añadir una sede a %1</translation>
    </message>
    <message>
        <source>Edit Site %1</source>
        <translation>Editar sede %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Una sede necesita un nombre.</translation>
    </message>
    <message>
        <source>Site %1 added to %2.</source>
        <translation>Sede %1 añadida a %2.</translation>
    </message>
    <message>
        <source>Site %1 of %2 changed.</source>
        <translation>Sede %1 de %2 modificada.</translation>
    </message>
    <message>
        <source>Remove the site %1? Its placeholder values go with it; its phones stay in the region, at no site.</source>
        <translation>¿Quitar la sede %1? Sus valores de marcadores se eliminan con ella; sus teléfonos permanecen en la región, sin sede.</translation>
    </message>
    <message>
        <source>Site %1 removed.</source>
        <translation>Sede %1 quitada.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Operator (every region)</source>
        <translation>Operador (todas las regiones)</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <source>Edit Region %1</source>
        <translation>Editar región %1</translation>
    </message>
    <message>
        <source>Provisioning &amp;subnets:</source>
        <translation>&amp;Subredes de aprovisionamiento:</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>Una región necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet (address/prefix length, e.g. 10.20.0.0/16).</source>
        <translation>&quot;%1&quot; no es una subred (dirección/longitud de prefijo, p. ej. 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>Region %1 added.</source>
        <translation>Región %1 añadida.</translation>
    </message>
    <message>
        <source>Region %1 changed.</source>
        <translation>Región %1 modificada.</translation>
    </message>
    <message>
        <source>Delete the region %1? Its sites, its placeholder values and the administrators&apos; levels in it go with it. A region that still has phones, users or templates cannot be deleted.</source>
        <translation>¿Eliminar la región %1? Sus sedes, sus valores de marcadores y los niveles de los administradores en ella se eliminan con ella. No se puede eliminar una región que aún tiene teléfonos, usuarios o plantillas.</translation>
    </message>
    <message>
        <source>Region %1 deleted.</source>
        <translation>Región %1 eliminada.</translation>
    </message>
    <message>
        <source>No region yet. A region groups phones (by office or network: its provisioning subnets), gives them its templates and placeholder values, and sets who may see and change them.</source>
        <translation>Aún no hay regiones. Una región agrupa teléfonos (por oficina o red: sus subredes de aprovisionamiento), les asigna sus plantillas y valores de marcadores, y define quién puede verlos y cambiarlos.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or address%3</source>
        <translation>%1: &quot;%2&quot; no es un nombre de host ni una dirección%3</translation>
    </message>
    <message>
        <source> (with :port if needed)</source>
        <translation> (con :puerto si es necesario)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Show the settings as the server has them again, dropping what was typed</source>
        <translation>Volver a mostrar los ajustes tal como los tiene el servidor, descartando lo escrito</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>LDAP Directory</source>
        <translation>Directorio LDAP</translation>
    </message>
    <message>
        <source>DHCP Option 160</source>
        <translation>DHCP Option 160</translation>
    </message>
    <message>
        <source>Server &amp;FQDN or address:</source>
        <translation>&amp;FQDN o dirección del servidor:</translation>
    </message>
    <message>
        <source>Server FQDN</source>
        <translation>FQDN del servidor</translation>
    </message>
    <message>
        <source>what phones use to reach this server; empty: this host&apos;s name</source>
        <translation>lo que usan los teléfonos para llegar a este servidor; vacío: el nombre de este host</translation>
    </message>
    <message>
        <source>&amp;Disconnect timeout (minutes):</source>
        <translation>Plazo de &amp;desconexión (minutos):</translation>
    </message>
    <message>
        <source>Administrator &amp;sign-in lasts (seconds):</source>
        <translation>Duración de la &amp;sesión de administrador (segundos):</translation>
    </message>
    <message>
        <source>&amp;Activity log level:</source>
        <translation>Nivel del registro de &amp;actividad:</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;push port (0: never push):</source>
        <translation>&amp;Puerto push de los teléfonos (0: sin push):</translation>
    </message>
    <message>
        <source>System &amp;provisioning subnets:</source>
        <translation>Su&amp;bredes de aprovisionamiento del sistema:</translation>
    </message>
    <message>
        <source>CIDR blocks whose phones fetch their file without credentials</source>
        <translation>Bloques CIDR cuyos teléfonos obtienen su archivo sin credenciales</translation>
    </message>
    <message>
        <source>Redundant Mode</source>
        <translation>Modo redundante</translation>
    </message>
    <message>
        <source>&amp;Redundant mode: phones fall back to a backup provisioning server</source>
        <translation>Modo &amp;redundante: los teléfonos recurren a un servidor de aprovisionamiento de respaldo</translation>
    </message>
    <message>
        <source>P&amp;rimary server:</source>
        <translation>Servidor pr&amp;incipal:</translation>
    </message>
    <message>
        <source>Primary server</source>
        <translation>Servidor principal</translation>
    </message>
    <message>
        <source>&amp;Backup server:</source>
        <translation>Servidor de r&amp;espaldo:</translation>
    </message>
    <message>
        <source>Backup server</source>
        <translation>Servidor de respaldo</translation>
    </message>
    <message>
        <source>What every phone gets unless its template, region or own values say otherwise (system placeholders: %ITCS_Language% and so on). Empty: the phone&apos;s own default.</source>
        <translation>Lo que recibe cada teléfono salvo que su plantilla, su región o sus propios valores indiquen otra cosa (marcadores del sistema: %ITCS_Language%, etc.). Vacío: el valor predeterminado del teléfono.</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;language:</source>
        <translation>&amp;Idioma de los teléfonos:</translation>
    </message>
    <message>
        <source>&amp;Primary NTP server:</source>
        <translation>Servidor NTP &amp;principal:</translation>
    </message>
    <message>
        <source>Primary NTP server</source>
        <translation>Servidor NTP principal</translation>
    </message>
    <message>
        <source>&amp;Secondary NTP server:</source>
        <translation>Servidor NTP &amp;secundario:</translation>
    </message>
    <message>
        <source>Secondary NTP server</source>
        <translation>Servidor NTP secundario</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Voice mail number:</source>
        <translation>Número de &amp;buzón de voz:</translation>
    </message>
    <message>
        <source>Voice mail number: &quot;%1&quot; is not a number to dial (digits, * # +)</source>
        <translation>Número de buzón de voz: &quot;%1&quot; no es un número marcable (dígitos, * # +)</translation>
    </message>
    <message>
        <source>S&amp;RTP:</source>
        <translation>S&amp;RTP:</translation>
    </message>
    <message>
        <source>&amp;Outbound proxy:</source>
        <translation>Pro&amp;xy de salida:</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Proxy de salida</translation>
    </message>
    <message>
        <source>Outbound proxy p&amp;ort:</source>
        <translation>Puert&amp;o del proxy de salida:</translation>
    </message>
    <message>
        <source>Outbound proxy port: &quot;%1&quot; is not a port</source>
        <translation>Puerto del proxy de salida: &quot;%1&quot; no es un puerto</translation>
    </message>
    <message>
        <source>&amp;Keep-alive period (seconds):</source>
        <translation>Periodo de &amp;keep-alive (segundos):</translation>
    </message>
    <message>
        <source>Keep-alive period: &quot;%1&quot; is not a number of seconds (10..86400)</source>
        <translation>Periodo de keep-alive: &quot;%1&quot; no es un número de segundos (10..86400)</translation>
    </message>
    <message>
        <source>&amp;Active: phones search the corporate directory</source>
        <translation>&amp;Activo: los teléfonos buscan en el directorio corporativo</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>LDAP server address</source>
        <translation>Dirección del servidor LDAP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>LDAP port: &quot;%1&quot; is not a port</source>
        <translation>Puerto LDAP: &quot;%1&quot; no es un puerto</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>&amp;Name filter:</source>
        <translation>Filtro de &amp;nombre:</translation>
    </message>
    <message>
        <source>Name a&amp;ttributes:</source>
        <translation>A&amp;tributos de nombre:</translation>
    </message>
    <message>
        <source>Nu&amp;mber filter:</source>
        <translation>Filtro de nú&amp;mero:</translation>
    </message>
    <message>
        <source>Number attr&amp;ibutes:</source>
        <translation>Atr&amp;ibutos de número:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>Ma&amp;x hits:</source>
        <translation>Má&amp;ximo de resultados:</translation>
    </message>
    <message>
        <source>Sort the &amp;results</source>
        <translation>&amp;Ordenar los resultados</translation>
    </message>
    <message>
        <source>Search time&amp;out (seconds):</source>
        <translation>Ti&amp;empo límite de búsqueda (segundos):</translation>
    </message>
    <message>
        <source>Minimum &amp;search length:</source>
        <translation>Lon&amp;gitud mínima de búsqueda:</translation>
    </message>
    <message>
        <source>LDAP %1: &quot;%2&quot; is not a number (0..10000)</source>
        <translation>LDAP %1: &quot;%2&quot; no es un número (0..10000)</translation>
    </message>
    <message>
        <source>Zero-Touch Provisioning</source>
        <translation>Aprovisionamiento Zero Touch</translation>
    </message>
    <message>
        <source>dhcpoption160.cfg &amp;template:</source>
        <translation>&amp;Plantilla dhcpoption160.cfg:</translation>
    </message>
    <message>
        <source>Restore the Shipped Template</source>
        <translation>Restaurar la plantilla incluida</translation>
    </message>
    <message>
        <source>SBC &amp;HTTP proxy (host:port):</source>
        <translation>Proxy &amp;HTTP del SBC (host:puerto):</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>Proxy HTTP del SBC</translation>
    </message>
    <message>
        <source>for phones outside the network; empty: none</source>
        <translation>para teléfonos fuera de la red; vacío: ninguno</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>As stored on the server.</source>
        <translation>Tal como están guardados en el servidor.</translation>
    </message>
    <message>
        <source>Only system administrators change the system settings</source>
        <translation>Solo los administradores del sistema cambian los ajustes del sistema</translation>
    </message>
    <message>
        <source>Check the fields and send what changed to the server</source>
        <translation>Comprobar los campos y enviar al servidor lo que ha cambiado</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modificado, aún sin guardar.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Se guardaron los ajustes.</translation>
    </message>
    <message>
        <source>Not every setting was saved: %1</source>
        <translation>No se guardaron todos los ajustes: %1</translation>
    </message>
    <message>
        <source>server settings</source>
        <translation>ajustes del servidor</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Ajustes del sistema</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Keep me signed in (the session is kept in the system&apos;s keychain)</source>
        <translation>&amp;Mantener la sesión iniciada (la sesión se guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2.</source>
        <translation>Inicie sesión en %1 como %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Your session lasts until you close PhoneFleet; nothing is written to disk.</source>
        <translation>No hay ningún llavero disponible en este equipo (%1). Su sesión dura hasta que cierre PhoneFleet; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Add Template</source>
        <translation>Añadir plantilla</translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation>Editar plantilla %1</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;default template for this model</source>
        <translation>Plantilla &amp;predeterminada de la región para este modelo</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(del sistema)</translation>
    </message>
    <message>
        <source>&amp;Global file name:</source>
        <translation>Nombre del archivo &amp;global:</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Archivo global</translation>
    </message>
    <message>
        <source>De&amp;vice file name:</source>
        <translation>Nombre del archivo de &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Archivo de dispositivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone model:</source>
        <translation>&amp;Modelo de teléfono:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the new template?</source>
        <translation>¿Guardar la nueva plantilla?</translation>
    </message>
    <message>
        <source>Save the changes to the template %1?</source>
        <translation>¿Guardar los cambios en la plantilla %1?</translation>
    </message>
    <message>
        <source>Discard throws away what was typed in this dialog.</source>
        <translation>Descartar desecha lo escrito en este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the offline copy. Saving puts the change in the outbox; it is sent when the server answers again.</source>
        <translation>No se puede acceder al servidor: esta es la copia sin conexión. Al guardar, el cambio pasa a la bandeja de salida; se envía cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed (kept %1). Save it, or Cancel and Discard to throw it away.</source>
        <translation>Restaurado: este texto no se guardó la última vez que se cerró la consola (conservado %1). Guárdelo, o pulse Cancelar y luego Descartar para desecharlo.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed. Save it, or Cancel and Discard to throw it away.</source>
        <translation>Restaurado: este texto no se guardó la última vez que se cerró la consola. Guárdelo, o pulse Cancelar y luego Descartar para desecharlo.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (restaurado)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Both files need a name (the device file&apos;s is usually %ITCS_mac%.cfg).</source>
        <translation>Ambos archivos necesitan un nombre (el del archivo de dispositivo suele ser %ITCS_mac%.cfg).</translation>
    </message>
    <message>
        <source>The file names cannot be used: %1.</source>
        <translation>No se pueden usar los nombres de archivo: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateWorkspace</name>
    <message>
        <source>The server cannot be reached and template %1 is not in the offline copy.</source>
        <translation>No se puede acceder al servidor y la plantilla %1 no está en la copia sin conexión.</translation>
    </message>
    <message>
        <source>The edit could not be kept in the offline copy: %1</source>
        <translation>No se pudo conservar la edición en la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no preview of this phone was kept while it could be.</source>
        <translation>No se puede acceder al servidor y no se conservó ninguna vista previa de este teléfono mientras se podía.</translation>
    </message>
    <message>
        <source>Template %1: the edit made offline was saved on the server.</source>
        <translation>Plantilla %1: la edición hecha sin conexión se guardó en el servidor.</translation>
    </message>
    <message>
        <source>Template %1: the server&apos;s version was kept, the offline edit dropped.</source>
        <translation>Plantilla %1: se conservó la versión del servidor y se descartó la edición sin conexión.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>The default template of its region for %1 phones</source>
        <translation>Plantilla predeterminada de su región para teléfonos %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform>
            <numerusform>%n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n phone(s) made from this template left placeholders without a value (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>El archivo de %n teléfono creado con esta plantilla dejó marcadores sin valor (los muestra Marcadores sin resolver…)</numerusform>
            <numerusform>Los archivos de %n teléfonos creados con esta plantilla dejaron marcadores sin valor (los muestra Marcadores sin resolver…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modelo de teléfono</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(del sistema)</translation>
    </message>
    <message>
        <source>Global file</source>
        <translation>Archivo global</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Archivo de dispositivo</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Add Template…</source>
        <translation>Añadir plantilla…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Clonar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Restore to Default…</source>
        <translation>Restaurar predeterminada…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Import XML…</source>
        <translation>Importar XML…</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>Exportar XML…</translation>
    </message>
    <message>
        <source>Unresolved Placeholders…</source>
        <translation>Marcadores sin resolver…</translation>
    </message>
    <message>
        <source>The templates of which region (system-wide ones show in every region)</source>
        <translation>Región de las plantillas (las del sistema aparecen en todas las regiones)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Generate the configuration files of the phones this template serves</source>
        <translation>Generar los archivos de configuración de los teléfonos que usan esta plantilla</translation>
    </message>
    <message>
        <source>The phones whose last generated file left placeholders without a value</source>
        <translation>Los teléfonos cuyo último archivo generado dejó marcadores sin valor</translation>
    </message>
    <message>
        <source>No template is stored: every phone gets the shipped default of its model. Add Template starts from it.</source>
        <translation>No hay plantillas guardadas: cada teléfono recibe la predeterminada incluida de su modelo. Añadir plantilla parte de ella.</translation>
    </message>
    <message>
        <source>Template %1 saved in the outbox: it is sent when the server answers again.</source>
        <translation>Plantilla %1 guardada en la bandeja de salida: se enviará cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Template %1 was changed on the server meanwhile: compare and choose in the window that opened.</source>
        <translation>La plantilla %1 se modificó mientras tanto en el servidor: compare y elija en la ventana que se abrió.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Plantilla %1 guardada.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>Template %1 added.</source>
        <translation>Plantilla %1 añadida.</translation>
    </message>
    <message>
        <source>Opening the template failed: %1</source>
        <translation>Error al abrir la plantilla: %1</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>Clonar %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>&amp;Nombre de la copia:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>The copy takes both files and the template&apos;s placeholders.</source>
        <translation>La copia incluye ambos archivos y los marcadores de la plantilla.</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>La copia necesita un nombre.</translation>
    </message>
    <message>
        <source>Delete %1? It is the default of its region: its phones fall back to the system-wide template of their model.</source>
        <translation>¿Eliminar %1? Es la predeterminada de su región: sus teléfonos pasan a usar la plantilla del sistema de su modelo.</translation>
    </message>
    <message>
        <source>Delete the template %1 and its placeholders?</source>
        <translation>¿Eliminar la plantilla %1 y sus marcadores?</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Plantilla %1 eliminada.</translation>
    </message>
    <message>
        <source>Restore to Default</source>
        <translation>Restaurar predeterminada</translation>
    </message>
    <message>
        <source>Replace both files of %1 with the shipped default for %2 phones? What was changed in them is lost (export the template first to keep it).</source>
        <translation>¿Reemplazar ambos archivos de %1 por la predeterminada incluida para teléfonos %2? Se perderá lo que se haya cambiado en ellos (exporte antes la plantilla para conservarlo).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>restaurar %1</translation>
    </message>
    <message>
        <source>%1 restored to the shipped default.</source>
        <translation>%1 restaurada a la predeterminada incluida.</translation>
    </message>
    <message>
        <source>The phones could not be listed: %1</source>
        <translation>No se pudieron listar los teléfonos: %1</translation>
    </message>
    <message>
        <source>No %1 phone in %2: nothing to generate.</source>
        <translation>Ningún teléfono %1 en %2: nada que generar.</translation>
    </message>
    <message>
        <source>No %1 phone: nothing to generate.</source>
        <translation>Ningún teléfono %1: nada que generar.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n file(s) changed</source>
        <translation>
            <numerusform>Generado: %n archivo modificado</numerusform>
            <numerusform>Generados: %n archivos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n sin cambios</numerusform>
            <numerusform>, %n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see the Jobs panel)</source>
        <translation>
            <numerusform>, %n con error (vea el panel de tareas)</numerusform>
            <numerusform>, %n con error (vea el panel de tareas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>, %n con marcadores sin resolver (los muestra Marcadores sin resolver…)</numerusform>
            <numerusform>, %n con marcadores sin resolver (los muestra Marcadores sin resolver…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>Template files (*.xml *.cfg);;All files (*)</source>
        <translation>Archivos de plantilla (*.xml *.cfg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in the vendor&apos;s XML (&lt;ipphonetamplate&gt;); to edit a plain cfg file, use File › Open Cfg File…</source>
        <translation>%1 no es una plantilla en el XML del fabricante (&lt;ipphonetamplate&gt;); para editar un archivo cfg simple, use Archivo › Abrir archivo cfg…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <source>%1 imported as the template %2.</source>
        <translation>%1 importado como la plantilla %2.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
    <message>
        <source>Template files (*.xml)</source>
        <translation>Archivos de plantilla (*.xml)</translation>
    </message>
    <message>
        <source>No template stored for this choice: its phones get a system-wide template of their model, else the shipped default.</source>
        <translation>No hay plantilla guardada para esta selección: sus teléfonos reciben una plantilla del sistema de su modelo o, si no, la predeterminada incluida.</translation>
    </message>
    <message>
        <source>No template stored: every phone gets the shipped default of its model. Add one to change what phones of a model, or of a region, get.</source>
        <translation>No hay plantillas guardadas: cada teléfono recibe la predeterminada incluida de su modelo. Añada una para cambiar lo que reciben los teléfonos de un modelo o de una región.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
</context>
<context>
    <name>UnresolvedPhonesDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Phones with Unresolved Placeholders</source>
        <translation>Teléfonos con marcadores sin resolver</translation>
    </message>
    <message>
        <source>Nothing gives these placeholders a value for these phones, so the lines that use them were left out of the phones&apos; files or set to the parameter&apos;s default. Give them a value at the device, site, region, template or system level (Placeholders page), then generate the files again.</source>
        <translation>Nada da un valor a estos marcadores para estos teléfonos, por lo que las líneas que los usan se omitieron en los archivos de los teléfonos o tomaron el valor predeterminado del parámetro. Deles un valor en el nivel de dispositivo, sede, región, plantilla o sistema (página Marcadores) y vuelva a generar los archivos.</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Plantilla %1</translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>Todas las plantillas</translation>
    </message>
    <message>
        <source>Shipped default templates</source>
        <translation>Plantillas predeterminadas incluidas</translation>
    </message>
    <message>
        <source>Phones of</source>
        <translation>Teléfonos de</translation>
    </message>
    <message>
        <source>&amp;Phones of:</source>
        <translation>&amp;Teléfonos de:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modelo de teléfono</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Marcadores sin resolver</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Reading the phones…</source>
        <translation>Leyendo los teléfonos…</translation>
    </message>
    <message>
        <source>(shipped default)</source>
        <translation>(predeterminada incluida)</translation>
    </message>
    <message>
        <source>(removed template)</source>
        <translation>(plantilla eliminada)</translation>
    </message>
    <message>
        <source>No phone&apos;s file has an unresolved placeholder.</source>
        <translation>Ningún archivo de teléfono tiene marcadores sin resolver.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n phones are listed.</source>
        <translation>
            <numerusform>Se muestran los primeros %1 de %n teléfono.</numerusform>
            <numerusform>Se muestran los primeros %1 de %n teléfonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) with unresolved placeholders.</source>
        <translation>
            <numerusform>%n teléfono con marcadores sin resolver.</numerusform>
            <numerusform>%n teléfonos con marcadores sin resolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the phones failed: %1</source>
        <translation>Error al leer los teléfonos: %1</translation>
    </message>
</context>
<context>
    <name>UserImportWizard</name>
    <message>
        <source>the file is %1; at most %2 are read</source>
        <translation>el archivo ocupa %1; se leen como máximo %2</translation>
    </message>
    <message>
        <source>&amp;Create the regions the file names that do not exist yet</source>
        <translation>&amp;Crear las regiones del archivo que aún no existen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Por qué no se importó</translation>
    </message>
    <message>
        <source>Import Users and Phones</source>
        <translation>Importar usuarios y teléfonos</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A users and phones file as the vendor&apos;s console exports it: Name, Password, Display Name, Region, then Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model and so on.</source>
        <translation>Un archivo de usuarios y teléfonos tal como lo exporta la consola del fabricante: Name, Password, Display Name, Region y luego Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model, etc.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>el archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Users and phones file</source>
        <translation>Archivo de usuarios y teléfonos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Check the Lines</source>
        <translation>Comprobar las líneas</translation>
    </message>
    <message>
        <source>Lines with a problem are shown in red and are not imported; the others are sent when you go on.</source>
        <translation>Las líneas con problemas se muestran en rojo y no se importan; las demás se envían al continuar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>The server imports the lines in batches of %1; each batch is all or nothing.</source>
        <translation>El servidor importa las líneas en lotes de %1; cada lote es todo o nada.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This is not a users and phones file: %1</source>
        <translation>No es un archivo de usuarios y teléfonos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read; %1 with a problem.</source>
        <translation>
            <numerusform>%n línea leída; %1 con problemas.</numerusform>
            <numerusform>%n líneas leídas; %1 con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m lines</source>
        <translation>%v de %m líneas</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n línea.</numerusform>
            <numerusform>Se pueden importar las %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines have a problem and will be left out; %3 can be imported.</source>
        <translation>%1 de %2 líneas tienen problemas y se omitirán; se pueden importar %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be imported otherwise than written (shown in amber: read why).</source>
        <translation>
            <numerusform>%n línea se importará de forma distinta a como está escrita (en ámbar: lea el motivo).</numerusform>
            <numerusform>%n líneas se importarán de forma distinta a como están escritas (en ámbar: lea el motivo).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>no conectado a un servidor</translation>
    </message>
    <message>
        <source>Sending lines %1 to %2…</source>
        <translation>Enviando las líneas %1 a %2…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n line(s):</source>
        <translation>
            <numerusform>Se importó %1 de %n línea:</numerusform>
            <numerusform>Se importaron %1 de %n líneas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n usuario añadido</numerusform>
            <numerusform>%n usuarios añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n teléfono añadido</numerusform>
            <numerusform>%n teléfonos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) added.</source>
        <translation>
            <numerusform>%n región añadida.</numerusform>
            <numerusform>%n regiones añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n line(s).</source>
        <translation>
            <numerusform>No importada: %n línea.</numerusform>
            <numerusform>No importadas: %n líneas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add User…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Edit User…</source>
        <translation>Editar usuario…</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Eliminar usuario…</translation>
    </message>
    <message>
        <source>Add Phone to User…</source>
        <translation>Añadir teléfono al usuario…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export Users File…</source>
        <translation>Exportar archivo de usuarios…</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Buscar por usuario o nombre visible</translation>
    </message>
    <message>
        <source>Add or update users and their phones from a CSV file, line by line checked first</source>
        <translation>Añadir o actualizar usuarios y sus teléfonos desde un archivo CSV, comprobado antes línea por línea</translation>
    </message>
    <message>
        <source>The users and phones file, as Import reads it (without passwords)</source>
        <translation>El archivo de usuarios y teléfonos tal como lo lee Importar (sin contraseñas)</translation>
    </message>
    <message>
        <source>Phone (MAC)</source>
        <translation>Teléfono (MAC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>The user&apos;s phones</source>
        <translation>Los teléfonos del usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>SIP password set</source>
        <translation>Contraseña SIP definida</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Eliminar %n usuario…</numerusform>
            <numerusform>Eliminar %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Editar usuario %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>leave empty to keep the current one</source>
        <translation>déjela vacía para conservar la actual</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>SIP &amp;password:</source>
        <translation>&amp;Contraseña SIP:</translation>
    </message>
    <message>
        <source>A user needs a name (the phones&apos; sign-in name).</source>
        <translation>Un usuario necesita un nombre (el nombre de inicio de sesión de los teléfonos).</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 128 characters.</source>
        <translation>Un nombre de usuario no tiene espacios y tiene como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Usuario %1 añadido.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Usuario %1 modificado.</translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n phone(s) too (else they stay, without a user)</source>
        <translation>
            <numerusform>Eliminar también su teléfono (si no, se conserva, sin usuario)</numerusform>
            <numerusform>Eliminar también sus %n teléfonos (si no, se conservan, sin usuario)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>¿Eliminar al usuario %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n usuario?</numerusform>
            <numerusform>¿Eliminar %n usuarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>%n usuario eliminado.</numerusform>
            <numerusform>%n usuarios eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Phone to %1</source>
        <translation>Añadir un teléfono a %1</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>Dirección &amp;MAC:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hexadecimal digits, with or without separators).</source>
        <translation>&quot;%1&quot; no es una dirección MAC (12 dígitos hexadecimales, con o sin separadores).</translation>
    </message>
    <message>
        <source>Phone %1 added.</source>
        <translation>Teléfono %1 añadido.</translation>
    </message>
    <message>
        <source>Save the users and phones file</source>
        <translation>Guardar el archivo de usuarios y teléfonos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the users</source>
        <translation>exportar los usuarios</translation>
    </message>
    <message>
        <source>The users and phones were saved to %1.</source>
        <translation>Los usuarios y teléfonos se guardaron en %1.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>No se pudo guardar el archivo en %1: %2</translation>
    </message>
    <message>
        <source>No user yet. Add them one by one, or import the users file of the vendor&apos;s server (Import CSV…) with their phones.</source>
        <translation>Aún no hay usuarios. Añádalos uno a uno o importe el archivo de usuarios del servidor del fabricante (Importar CSV…) con sus teléfonos.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>VendorImportWizard</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the server takes an export of at most %3.</source>
        <translation>%1 ocupa %2; el servidor acepta una exportación de %3 como máximo.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>No se puede importar este archivo: %1</translation>
    </message>
    <message>
        <source>Read: templates %1, tenants %2, sites %3.</source>
        <translation>Leído: plantillas %1, inquilinos %2, sedes %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%n parte no se puede leer y se omitirá.</numerusform>
            <numerusform>%n partes no se pueden leer y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>Mostrar &amp;sin cambios</translation>
    </message>
    <message>
        <source>Import from the Vendor&apos;s Server</source>
        <translation>Importar del servidor del fabricante</translation>
    </message>
    <message>
        <source>Choose the Vendor&apos;s Export</source>
        <translation>Elegir la exportación del fabricante</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, after the server has shown what it would do.</source>
        <translation>No se escribe nada hasta que pulse Importar, después de que el servidor muestre lo que haría.</translation>
    </message>
    <message>
        <source>The vendor&apos;s IP Phone Management Server exports its whole configuration as one zip file: its templates, tenants, sites, placeholders and system settings. Tenants become regions; templates keep their name, description, region and default mark; placeholder values go to their level; system settings become system values.</source>
        <translation>El IP Phone Management Server del fabricante exporta toda su configuración en un archivo zip: sus plantillas, inquilinos, sedes, marcadores y ajustes del sistema. Los inquilinos pasan a ser regiones; las plantillas conservan su nombre, descripción, región y marca de predeterminada; los valores de marcadores van a su nivel; los ajustes del sistema pasan a ser valores del sistema.</translation>
    </message>
    <message>
        <source>the export&apos;s zip file</source>
        <translation>el archivo zip de la exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The vendor&apos;s configuration export</source>
        <translation>La exportación de configuración del fabricante</translation>
    </message>
    <message>
        <source>Vendor configuration export (*.zip);;All files (*)</source>
        <translation>Exportación de configuración del fabricante (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Which Tenant Is Each Id?</source>
        <translation>¿Qué inquilino es cada ID?</translation>
    </message>
    <message>
        <source>The vendor&apos;s Templates.csv names the tenant of each template by a numeric id (TENANT_ID) that Tenants.csv does not list. Choose the tenant each id stands for, or skip its templates.</source>
        <translation>El Templates.csv del fabricante indica el inquilino de cada plantilla con un ID numérico (TENANT_ID) que Tenants.csv no lista. Elija el inquilino que corresponde a cada ID u omita sus plantillas.</translation>
    </message>
    <message>
        <source>What the Import Would Do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is the server&apos;s dry run. Skipped rows (in amber) are not imported; point at one to read why. Import writes all the rest in one go: all or nothing.</source>
        <translation>Aún no se ha escrito nada: esta es la simulación del servidor. Las filas omitidas (en ámbar) no se importan; señale una para leer el motivo. Importar escribe todo lo demás de una vez: todo o nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>The server imports the export in one transaction: if anything fails, nothing is written.</source>
        <translation>El servidor importa la exportación en una sola transacción: si algo falla, no se escribe nada.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Asking the server what the import would do…</source>
        <translation>Preguntando al servidor qué haría la importación…</translation>
    </message>
    <message>
        <source>Not connected to a server: connect first (File › Connect to Server…).</source>
        <translation>No conectado a un servidor: conéctese primero (Archivo › Conectar al servidor…).</translation>
    </message>
    <message>
        <source>Only an administrator who may administer the whole system can import the vendor&apos;s export.</source>
        <translation>Solo un administrador que puede administrar todo el sistema puede importar la exportación del fabricante.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s file first.</source>
        <translation>Elija primero el archivo de la exportación.</translation>
    </message>
    <message>
        <source>The server cannot import this file: %1</source>
        <translation>El servidor no puede importar este archivo: %1</translation>
    </message>
    <message>
        <source>The server could not say what the import would do: %1</source>
        <translation>El servidor no pudo indicar qué haría la importación: %1</translation>
    </message>
    <message>
        <source>Go on to see what the import would do.</source>
        <translation>Continúe para ver qué haría la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which tenant each one is.</source>
        <translation>
            <numerusform>Templates.csv indica %n ID de inquilino que Tenants.csv no lista: continúe para indicar a qué inquilino corresponde.</numerusform>
            <numerusform>Templates.csv indica %n ID de inquilino que Tenants.csv no lista: continúe para indicar a qué inquilino corresponde cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server what the import would do with these tenants…</source>
        <translation>Preguntando al servidor qué haría la importación con estos inquilinos…</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Elija un inquilino…</translation>
    </message>
    <message>
        <source>%1 (a region of this server)</source>
        <translation>%1 (una región de este servidor)</translation>
    </message>
    <message>
        <source>Skip its templates</source>
        <translation>Omitir sus plantillas</translation>
    </message>
    <message>
        <source>TENANT_ID %1</source>
        <translation>TENANT_ID %1</translation>
    </message>
    <message>
        <source>Its templates: %1</source>
        <translation>Sus plantillas: %1</translation>
    </message>
    <message>
        <source>Every template&apos;s tenant is known.</source>
        <translation>Se conoce el inquilino de todas las plantillas.</translation>
    </message>
    <message>
        <source>TENANT_ID %1 holds &apos;,&apos; or &apos;=&apos;, which cannot be sent to the server: skip its templates.</source>
        <translation>TENANT_ID %1 contiene &apos;,&apos; o &apos;=&apos;, que no se pueden enviar al servidor: omita sus plantillas.</translation>
    </message>
    <message>
        <source>“%1” holds a comma, which cannot be sent to the server as a tenant: skip the templates of TENANT_ID %2, or rename the tenant in the vendor&apos;s server.</source>
        <translation>«%1» contiene una coma, que no se puede enviar al servidor como inquilino: omita las plantillas de TENANT_ID %2 o cambie el nombre del inquilino en el servidor del fabricante.</translation>
    </message>
    <message>
        <source>Skipped: not imported</source>
        <translation>Omitido: no importado</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 skipped.</source>
        <translation>%1 por crear, %2 por cambiar, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>The server already holds everything this export would bring.</source>
        <translation>El servidor ya contiene todo lo que aportaría esta exportación.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>The server is importing the export…</source>
        <translation>El servidor está importando la exportación…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Imported from the vendor&apos;s export: %1 created, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation>Importado de la exportación del fabricante: %1 creados, %2 modificados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>What was skipped was not imported (the preview said why).</source>
        <translation>Lo omitido no se importó (la vista previa indicaba el motivo).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The import is all or nothing: look at the regions and templates to see whether it was done before importing again.</source>
        <translation>El servidor no respondió: %1. La importación es todo o nada: revise las regiones y las plantillas para ver si se realizó antes de volver a importar.</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>respondió %1</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Rechazado.</translation>
    </message>
    <message>
        <source>The server refused the import: %1. Nothing was imported.</source>
        <translation>El servidor rechazó la importación: %1. No se importó nada.</translation>
    </message>
</context>
</TS>
