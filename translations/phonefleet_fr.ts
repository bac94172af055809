<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionOptionsDialog</name>
    <message>
        <source>The phones restart, in batches; calls on a phone reset by force are cut.</source>
        <translation>Les téléphones redémarrent, par lots&#xa0;; les appels d’un téléphone redémarré de force sont coupés.</translation>
    </message>
    <message>
        <source>The phones download the image and restart to install it, in batches.</source>
        <translation>Les téléphones téléchargent l’image et redémarrent pour l’installer, par lots.</translation>
    </message>
    <message>
        <source>The phones, their values and their generated files are removed from the server. This cannot be undone.</source>
        <translation>Les téléphones, leurs valeurs et leurs fichiers générés sont supprimés du serveur. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The phones provision again from the new region&apos;s folder.</source>
        <translation>Les téléphones se provisionnent de nouveau depuis le dossier de la nouvelle région.</translation>
    </message>
    <message>
        <source>Until a phone has fetched its file once, any host in its region&apos;s provisioning subnets that names its MAC address gets its file with the SIP password. Allow it only for phones that were reset to factory defaults, for as short as you can.</source>
        <translation>Tant qu’un téléphone n’a pas récupéré son fichier une première fois, tout hôte des sous-réseaux de provisionnement de sa région qui indique son adresse MAC reçoit son fichier avec le mot de passe SIP. N’autorisez cela que pour des téléphones réinitialisés aux paramètres d’usine, et le moins longtemps possible.</translation>
    </message>
    <message>
        <source>&amp;Generate the phones&apos; configuration files first</source>
        <translation>&amp;Générer d’abord les fichiers de configuration des téléphones</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Graceful: when the phone is idle (no call)</source>
        <translation>&amp;En douceur&#xa0;: quand le téléphone est libre (sans appel)</translation>
    </message>
    <message>
        <source>&amp;Force: now, even during a call</source>
        <translation>&amp;Forcé&#xa0;: maintenant, même pendant un appel</translation>
    </message>
    <message>
        <source>&amp;Scheduled: at</source>
        <translation>&amp;Planifié&#xa0;: à</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>Heure du redémarrage</translation>
    </message>
    <message>
        <source>What the phones&apos; screens show</source>
        <translation>Ce qu’affichent les écrans des téléphones</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>&amp;Bip</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shown for:</source>
        <translation>&amp;Affiché pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s firmware files…</source>
        <translation>Chargement des fichiers firmware du serveur…</translation>
    </message>
    <message>
        <source>&amp;Firmware image:</source>
        <translation>Image &amp;firmware&#xa0;:</translation>
    </message>
    <message>
        <source>The firmware files cannot be listed: %1</source>
        <translation>Impossible de lister les fichiers firmware&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>The server has no firmware files: upload one first</source>
        <translation>Le serveur n’a aucun fichier firmware&#xa0;: téléversez-en un d’abord</translation>
    </message>
    <message>
        <source> phones</source>
        <translation> téléphones</translation>
    </message>
    <message>
        <source>Phones restarted together: no more are without service at once.</source>
        <translation>Nombre de téléphones redémarrés ensemble, donc au plus autant hors service à la fois.</translation>
    </message>
    <message>
        <source>&amp;Batches of:</source>
        <translation>&amp;Lots de&#xa0;:</translation>
    </message>
    <message>
        <source>Time for a batch to come back and register before the next one restarts.</source>
        <translation>Temps laissé à un lot pour revenir et s’enregistrer avant que le suivant ne redémarre.</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Intervalle entre les lots&#xa0;:</translation>
    </message>
    <message>
        <source>At most a share of each &amp;region&apos;s phones in one batch:</source>
        <translation>Au plus une part des téléphones de chaque &amp;région par lot&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of each region&apos;s phones in one batch</source>
        <translation>Part des téléphones de chaque région par lot</translation>
    </message>
    <message>
        <source>A scheduled reset restarts every phone at the time set: no share per batch can hold.</source>
        <translation>Un redémarrage planifié redémarre tous les téléphones à l’heure fixée&#xa0;: aucune part par lot ne peut s’appliquer.</translation>
    </message>
    <message>
        <source>Of each region&apos;s phones, all of them, not only these: the rest of a region keeps working while a batch restarts. A region always restarts at least one phone a batch.</source>
        <translation>Sur l’ensemble des téléphones de chaque région, pas seulement ceux-ci&#xa0;: le reste d’une région continue de fonctionner pendant qu’un lot redémarre. Une région redémarre toujours au moins un téléphone par lot.</translation>
    </message>
    <message>
        <source>There is no region you may change</source>
        <translation>Aucune région que vous pouvez modifier</translation>
    </message>
    <message>
        <source>Approve into &amp;region:</source>
        <translation>Approuver dans la &amp;région&#xa0;:</translation>
    </message>
    <message>
        <source>Move to &amp;region:</source>
        <translation>Déplacer vers la &amp;région&#xa0;:</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>batches of up to %1 phones, %2 s apart, at most %3 % of each region&apos;s phones a batch</source>
        <translation>lots de %1 téléphones au plus, espacés de %2 s, au plus %3 % des téléphones de chaque région par lot</translation>
    </message>
    <message numerus="yes">
        <source> (%n batch(es))</source>
        <translation>
            <numerusform> (%n lot)</numerusform>
            <numerusform> (%n lots)</numerusform>
        </translation>
    </message>
    <message>
        <source>batches of %1 phones, %2 s apart, so that few phones are down at once</source>
        <translation>lots de %1 téléphones, espacés de %2 s, pour que peu de téléphones soient hors service à la fois</translation>
    </message>
    <message>
        <source>one phone after another, on the server</source>
        <translation>un téléphone après l’autre, sur le serveur</translation>
    </message>
    <message>
        <source>%1 s between two phones (the server&apos;s delay between installs)</source>
        <translation>%1 s entre deux téléphones (le délai entre installations du serveur)</translation>
    </message>
    <message>
        <source>%1 phones at once</source>
        <translation>%1 téléphones à la fois</translation>
    </message>
    <message>
        <source>Takes %1: %2.</source>
        <translation>Durée&#xa0;: %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>The time of a scheduled reset must be in the future.</source>
        <translation>L’heure d’un redémarrage planifié doit être dans le futur.</translation>
    </message>
    <message>
        <source>Type the message the phones show.</source>
        <translation>Saisissez le message affiché par les téléphones.</translation>
    </message>
    <message>
        <source>Choose a firmware image.</source>
        <translation>Choisissez une image firmware.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Choisissez une région.</translation>
    </message>
</context>
<context>
    <name>AdminsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super administrateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrateur régional</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Non visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Operator in every region</source>
        <translation>Opérateur dans toutes les régions</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Add Administrator…</source>
        <translation>Ajouter un administrateur…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Change My Password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Only system administrators manage accounts; you may change your own password.</source>
        <translation>Seuls les administrateurs système gèrent les comptes&#xa0;; vous pouvez changer votre propre mot de passe.</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Ajouter un administrateur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>leave empty to keep it; a new one ends the account&apos;s sessions</source>
        <translation>laisser vide pour le conserver&#xa0;; un nouveau met fin aux sessions du compte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Levels per region:</source>
        <translation>Niveaux par région&#xa0;:</translation>
    </message>
    <message>
        <source>An administrator needs a name to sign in with.</source>
        <translation>Un administrateur a besoin d’un nom pour se connecter.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Administrator %1 added.</source>
        <translation>Administrateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Administrator %1 changed.</source>
        <translation>Administrateur %1 modifié.</translation>
    </message>
    <message>
        <source>Delete the administrator %1? Their sessions end at once.</source>
        <translation>Supprimer l’administrateur %1&#xa0;? Ses sessions prennent fin immédiatement.</translation>
    </message>
    <message>
        <source>Administrator %1 deleted.</source>
        <translation>Administrateur %1 supprimé.</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>Déverrouillage de %1</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Votre mot de passe a été changé&#xa0;; vos autres sessions ont pris fin.</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation>Effacer l’alarme</translation>
    </message>
    <message>
        <source>Search by alarm name, MAC or IP address</source>
        <translation>Rechercher par nom d’alarme, MAC ou adresse IP</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>Alarmes actives</translation>
    </message>
    <message>
        <source>History (cleared)</source>
        <translation>Historique (effacées)</translation>
    </message>
    <message>
        <source>All alarms</source>
        <translation>Toutes les alarmes</translation>
    </message>
    <message>
        <source>Which alarms</source>
        <translation>Alarmes affichées</translation>
    </message>
    <message>
        <source>Clear the selected active alarms by hand (they stay in the history)</source>
        <translation>Effacer manuellement les alarmes actives sélectionnées (elles restent dans l’historique)</translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>Sélectionnez une alarme pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Alarm(s)</source>
        <translation>
            <numerusform>Effacer %n alarme</numerusform>
            <numerusform>Effacer %n alarmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring: you may see alarms but not clear them</source>
        <translation>Surveillance&#xa0;: vous pouvez voir les alarmes mais pas les effacer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Alarm id</source>
        <translation>ID d’alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared.</source>
        <translation>
            <numerusform>%n alarme effacée.</numerusform>
            <numerusform>%n alarmes effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared; the others were not: %1</source>
        <translation>
            <numerusform>%n alarme effacée&#xa0;; les autres ne l’ont pas été&#xa0;: %1</numerusform>
            <numerusform>%n alarmes effacées&#xa0;; les autres ne l’ont pas été&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active alarm. Phones send their alarms here (this server is their alarm server); cleared ones are under History.</source>
        <translation>Aucune alarme active. Les téléphones envoient leurs alarmes ici (ce serveur est leur serveur d’alarmes)&#xa0;; les alarmes effacées sont dans l’historique.</translation>
    </message>
    <message>
        <source>No alarm in this list. Phones send their alarms here (this server is their alarm server).</source>
        <translation>Aucune alarme dans cette liste. Les téléphones envoient leurs alarmes ici (ce serveur est leur serveur d’alarmes).</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Vérifier l’état de %n téléphone</numerusform>
            <numerusform>Vérifier l’état de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)…</source>
        <translation>
            <numerusform>Changer la région de %n téléphone…</numerusform>
            <numerusform>Changer la région de %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)…</source>
        <translation>
            <numerusform>Mettre à jour le firmware de %n téléphone…</numerusform>
            <numerusform>Mettre à jour le firmware de %n téléphones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Web Admin</source>
        <translation>Ouvrir l’administration web</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s)…</source>
        <translation>
            <numerusform>Redémarrer %n téléphone…</numerusform>
            <numerusform>Redémarrer %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)…</source>
        <translation>
            <numerusform>Mettre à jour la configuration de %n téléphone…</numerusform>
            <numerusform>Mettre à jour la configuration de %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)…</source>
        <translation>
            <numerusform>Envoyer un message à %n téléphone…</numerusform>
            <numerusform>Envoyer un message à %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)…</source>
        <translation>
            <numerusform>Approuver %n téléphone…</numerusform>
            <numerusform>Approuver %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)…</source>
        <translation>
            <numerusform>Supprimer %n téléphone…</numerusform>
            <numerusform>Supprimer %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Générer les fichiers de configuration de %n téléphone</numerusform>
            <numerusform>Générer les fichiers de configuration de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)…</source>
        <translation>
            <numerusform>Autoriser le premier contact pour %n téléphone…</numerusform>
            <numerusform>Autoriser le premier contact pour %n téléphones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Vérifier l’état</translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation>Changer de région…</translation>
    </message>
    <message>
        <source>Update Firmware…</source>
        <translation>Mettre à jour le firmware…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Mettre à jour la configuration…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Envoyer un message…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Generate Configuration Files</source>
        <translation>Générer les fichiers de configuration</translation>
    </message>
    <message>
        <source>Allow First Contact…</source>
        <translation>Autoriser le premier contact…</translation>
    </message>
    <message>
        <source>Asks the phones to report their status now.</source>
        <translation>Demande aux téléphones de signaler leur état maintenant.</translation>
    </message>
    <message>
        <source>Moves the phones to another region; they fetch that region&apos;s configuration.</source>
        <translation>Déplace les téléphones vers une autre région&#xa0;; ils récupèrent la configuration de cette région.</translation>
    </message>
    <message>
        <source>Sends the phones a firmware image of the server; they restart to install it, in batches.</source>
        <translation>Envoie aux téléphones une image firmware du serveur&#xa0;; ils redémarrent pour l’installer, par lots.</translation>
    </message>
    <message>
        <source>Opens the phone&apos;s own web administration page (HTTPS) in your browser.</source>
        <translation>Ouvre la page d’administration web du téléphone (HTTPS) dans votre navigateur.</translation>
    </message>
    <message>
        <source>Restarts the phones: when idle (graceful), at once (force) or at a set time.</source>
        <translation>Redémarre les téléphones&#xa0;: quand ils sont libres (en douceur), immédiatement (forcé) ou à une heure fixée.</translation>
    </message>
    <message>
        <source>Asks the phones to download and apply their configuration file again.</source>
        <translation>Demande aux téléphones de télécharger et d’appliquer de nouveau leur fichier de configuration.</translation>
    </message>
    <message>
        <source>Shows a message on the phones&apos; screens for a number of seconds.</source>
        <translation>Affiche un message sur l’écran des téléphones pendant un nombre de secondes donné.</translation>
    </message>
    <message>
        <source>Lets phones waiting for approval in, into a region.</source>
        <translation>Admet dans une région des téléphones en attente d’approbation.</translation>
    </message>
    <message>
        <source>Removes the phones, their values and their generated files from the server.</source>
        <translation>Supprime du serveur les téléphones, leurs valeurs et leurs fichiers générés.</translation>
    </message>
    <message>
        <source>Generates the phones&apos; configuration files from their templates now.</source>
        <translation>Génère maintenant les fichiers de configuration des téléphones à partir de leurs gabarits.</translation>
    </message>
    <message>
        <source>Lets phones reset to factory defaults get their configuration file once more without credentials, from their region&apos;s provisioning subnets, within a time you choose.</source>
        <translation>Permet aux téléphones réinitialisés aux paramètres d’usine de récupérer une fois encore leur fichier de configuration sans identifiants, depuis les sous-réseaux de provisionnement de leur région, pendant un délai que vous choisissez.</translation>
    </message>
    <message>
        <source>Select one or more phones first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs téléphones.</translation>
    </message>
    <message>
        <source>Select exactly one phone.</source>
        <translation>Sélectionnez un seul téléphone.</translation>
    </message>
    <message>
        <source>This phone has not reported an IP address yet.</source>
        <translation>Ce téléphone n’a pas encore signalé d’adresse IP.</translation>
    </message>
    <message>
        <source>None of the selected phones is waiting for approval.</source>
        <translation>Aucun des téléphones sélectionnés n’est en attente d’approbation.</translation>
    </message>
    <message>
        <source>Only system administrators approve phones.</source>
        <translation>Seuls les administrateurs système approuvent les téléphones.</translation>
    </message>
    <message>
        <source>Your access to the selected phones&apos; regions is read-only (Monitoring).</source>
        <translation>Votre accès aux régions des téléphones sélectionnés est en lecture seule (Surveillance).</translation>
    </message>
    <message numerus="yes">
        <source>Phones in regions you may only monitor are skipped: %n of the selection.</source>
        <translation>
            <numerusform>Les téléphones des régions que vous pouvez seulement surveiller sont ignorés&#xa0;: %n de la sélection.</numerusform>
            <numerusform>Les téléphones des régions que vous pouvez seulement surveiller sont ignorés&#xa0;: %n de la sélection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CfgEditor</name>
    <message>
        <source>integer, %1 to %2</source>
        <translation>entier, de %1 à %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>une valeur parmi %1</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <source>%1, at most %2 characters</source>
        <translation>%1, %2 caractères au plus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Par défaut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CfgFileWindow</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt);;All files (*)</source>
        <translation>Fichiers de configuration (*.cfg *.cfx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Shown as text: %1</source>
        <translation>Affiché en texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Global File: %1</source>
        <translation>Fichier &amp;global&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Device File: %1</source>
        <translation>Fichier d’&amp;appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored unsaved text from %1: save it to keep it.</source>
        <translation>Texte non enregistré restauré depuis %1&#xa0;: enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the rows again from the server</source>
        <translation>Recharger les lignes depuis le serveur</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows as shown (search, filters and order) as a CSV file</source>
        <translation>Enregistrer les lignes affichées (recherche, filtres et tri) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing here in this region.</source>
        <translation>Rien ici dans cette région.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the offline copy: the server cannot be reached</source>
        <translation>
            <numerusform>%n ligne de la copie hors ligne&#xa0;: le serveur est injoignable</numerusform>
            <numerusform>%n lignes de la copie hors ligne&#xa0;: le serveur est injoignable</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown — search to narrow them down</source>
        <translation>%1 lignes sur %2 affichées — affinez la recherche</translation>
    </message>
    <message>
        <source>the newest %1 of %2</source>
        <translation>les %1 lignes les plus récentes sur %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not deleted: %1</source>
        <translation>
            <numerusform>%n ligne non supprimée&#xa0;: %1</numerusform>
            <numerusform>%n lignes non supprimées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3</source>
        <translation>Impossible d’enregistrer %1 dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ConfigFilesPage</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Téléverser…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Filtrer par nom de fichier</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Delay between installs</source>
        <translation>Délai entre installations</translation>
    </message>
    <message>
        <source>How long a bulk job (update configuration, restart, firmware) waits between two phones, unless it is given its own pacing</source>
        <translation>Temps d’attente d’une tâche groupée (mise à jour de configuration, redémarrage, firmware) entre deux téléphones, sauf si elle a sa propre cadence</translation>
    </message>
    <message>
        <source>&amp;Delay between installs:</source>
        <translation>&amp;Délai entre installations&#xa0;:</translation>
    </message>
    <message>
        <source>a file name has at most 128 characters</source>
        <translation>un nom de fichier compte au plus 128 caractères</translation>
    </message>
    <message>
        <source>a file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .cfg, .cfx, .txt or .xml</source>
        <translation>un nom de fichier se compose de lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», et se termine par .cfg, .cfx, .txt ou .xml</translation>
    </message>
    <message>
        <source>Reading the delay between installs</source>
        <translation>Lecture du délai entre installations</translation>
    </message>
    <message>
        <source>Changing the delay between installs</source>
        <translation>Modification du délai entre installations</translation>
    </message>
    <message numerus="yes">
        <source>Jobs now wait %n second(s) between two phones.</source>
        <translation>
            <numerusform>Les tâches attendent désormais %n seconde entre deux téléphones.</numerusform>
            <numerusform>Les tâches attendent désormais %n secondes entre deux téléphones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a configuration file</source>
        <translation>Téléverser un fichier de configuration</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt *.xml)</source>
        <translation>Fichiers de configuration (*.cfg *.cfx *.txt *.xml)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 n’a pas été téléversé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation>%1 remplacé.</translation>
    </message>
    <message>
        <source>%1 uploaded.</source>
        <translation>%1 téléversé.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Delete %1? It is generated: it comes back the next time its phones&apos; files are generated.</source>
        <translation>Supprimer %1&#xa0;? Ce fichier est généré&#xa0;: il réapparaîtra à la prochaine génération des fichiers de ses téléphones.</translation>
    </message>
    <message>
        <source>Delete %1? Phones that include it no longer find it.</source>
        <translation>Supprimer %1&#xa0;? Les téléphones qui l’incluent ne le trouveront plus.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>No configuration file yet. Phones&apos; files appear here once generated (Templates › Generate, or when a phone asks); shared files can be uploaded.</source>
        <translation>Aucun fichier de configuration pour l’instant. Les fichiers des téléphones apparaissent ici une fois générés (Gabarits › Générer, ou à la demande d’un téléphone)&#xa0;; les fichiers partagés peuvent être téléversés.</translation>
    </message>
    <message>
        <source>Configuration Files</source>
        <translation>Fichiers de configuration</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Forget Certificate</source>
        <translation>&amp;Oublier le certificat</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>pf.example.net or https://pf.example.net:8443</source>
        <translation>pf.example.net ou https://pf.example.net:8443</translation>
    </message>
    <message>
        <source>What you call it, e.g. Paris HQ</source>
        <translation>Nom de votre choix, p. ex. Siège Paris</translation>
    </message>
    <message>
        <source>Forget the certificate accepted for this server: the next connection shows the server&apos;s certificate again, for you to check and accept.</source>
        <translation>Oublier le certificat accepté pour ce serveur&#xa0;: à la prochaine connexion, le certificat du serveur s’affiche de nouveau pour que vous le vérifiiez et l’acceptiez.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Local server (this computer)</source>
        <translation>Serveur local (cet ordinateur)</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Nouveau serveur…</translation>
    </message>
    <message>
        <source>Give the connection a name, the server&apos;s address and your user name.</source>
        <translation>Donnez un nom à la connexion, l’adresse du serveur et votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>Adresse de serveur inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>none accepted yet (it is shown when you connect)</source>
        <translation>aucun accepté pour l’instant (il s’affiche à la connexion)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not needed: the console talks to its own server on this computer</source>
        <translation>inutile&#xa0;: la console communique avec son propre serveur sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>The action was refused: %1</source>
        <translation>Action refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Tâche lancée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the server&apos;s answer about the signed-in account cannot be read</source>
        <translation>la réponse du serveur sur le compte connecté est illisible</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer l’export dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh the Dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistrés</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnectés</translation>
    </message>
    <message>
        <source>Registered of all phones</source>
        <translation>Enregistrés sur l’ensemble des téléphones</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Open Devices Status with every phone</source>
        <translation>Afficher tous les téléphones dans «&#xa0;État des appareils&#xa0;»</translation>
    </message>
    <message>
        <source>Phones per region</source>
        <translation>Téléphones par région</translation>
    </message>
    <message>
        <source>Phones per model</source>
        <translation>Téléphones par modèle</translation>
    </message>
    <message>
        <source>Phones per firmware version</source>
        <translation>Téléphones par version de firmware</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Afficher ces téléphones dans «&#xa0;État des appareils&#xa0;»</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>Impossible d’actualiser le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>an answer that cannot be read</source>
        <translation>une réponse illisible</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s); updated %1</source>
        <translation>
            <numerusform>%n téléphone&#xa0;; mis à jour %1</numerusform>
            <numerusform>%n téléphones&#xa0;; mis à jour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>The simulator stopped (exit code %1): %2</source>
        <translation>Le simulateur s’est arrêté (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>Le simulateur n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>A demo fleet is running already.</source>
        <translation>Une flotte de démo est déjà en cours.</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only: its phones are on this computer.</source>
        <translation>Une flotte de démo ne fonctionne qu’avec le serveur local&#xa0;: ses téléphones sont sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A demo fleet has 1 to 20 000 phones.</source>
        <translation>Une flotte de démo compte de 1 à 20 000 téléphones.</translation>
    </message>
    <message>
        <source>The simulator is not installed next to PhoneFleet (%1).</source>
        <translation>Le simulateur n’est pas installé à côté de PhoneFleet (%1).</translation>
    </message>
    <message>
        <source>Preparing the server…</source>
        <translation>Préparation du serveur…</translation>
    </message>
    <message>
        <source>Demo fleet (phonefleet-sim)</source>
        <translation>Flotte de démo (phonefleet-sim)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n demo user(s)…</source>
        <translation>
            <numerusform>Ajout de %n utilisateur de démo…</numerusform>
            <numerusform>Ajout de %n utilisateurs de démo…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulator did not give its address plan: %1</source>
        <translation>Le simulateur n’a pas fourni son plan d’adressage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing the demo users failed: %1</source>
        <translation>Échec de l’import des utilisateurs de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generating the phones&apos; configuration files…</source>
        <translation>Génération des fichiers de configuration des téléphones…</translation>
    </message>
    <message>
        <source>Generating the demo phones&apos; files failed: %1</source>
        <translation>Échec de la génération des fichiers des téléphones de démo&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated phone(s)…</source>
        <translation>
            <numerusform>Démarrage de %n téléphone simulé…</numerusform>
            <numerusform>Démarrage de %n téléphones simulés…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Users with &amp;several phones</source>
        <translation>Utilisateurs avec &amp;plusieurs téléphones</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approved or pending</source>
        <translation>Approuvés ou en attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every phone again</source>
        <translation>Afficher de nouveau tous les téléphones</translation>
    </message>
    <message>
        <source>Model: (unknown)</source>
        <translation>Modèle&#xa0;: (inconnu)</translation>
    </message>
    <message>
        <source>Version: (unknown)</source>
        <translation>Version&#xa0;: (inconnue)</translation>
    </message>
</context>
<context>
    <name>DevicePageDecoder</name>
    <message>
        <source>the server&apos;s answer is not JSON (%1 at byte %2)</source>
        <translation>la réponse du serveur n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>text after the end</source>
        <translation>texte après la fin</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of phones</source>
        <translation>la réponse du serveur n’est pas une liste de téléphones</translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
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
        <translation>%1 depuis %2&#xa0;; dernier rapport %3</translation>
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
        <translation>Rechercher utilisateur, numéro, MAC, IP, modèle, firmware, région, état…</translation>
    </message>
    <message>
        <source>Search phones</source>
        <translation>Rechercher des téléphones</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Show the smart filters</source>
        <translation>Afficher les filtres intelligents</translation>
    </message>
    <message>
        <source>Reload the List</source>
        <translation>Recharger la liste</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the phones as shown (search, filters and order) as a CSV file</source>
        <translation>Enregistrer les téléphones affichés (recherche, filtres et tri) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n téléphone</numerusform>
            <numerusform>%n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n phone(s) shown</source>
        <translation>
            <numerusform>%1 sur %n téléphone affiché</numerusform>
            <numerusform>%1 sur %n téléphones affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n sélectionné</numerusform>
            <numerusform>, %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Aucun navigateur web n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Size Columns to Content</source>
        <translation>Ajuster les colonnes au contenu</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <source>Devices Status</source>
        <translation>État des appareils</translation>
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
        <translation>Révision</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Provisioning subnets</source>
        <translation>Sous-réseaux de provisionnement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Model as imported</source>
        <translation>Modèle tel qu’importé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>VLAN mode</source>
        <translation>Mode VLAN</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>ID de VLAN</translation>
    </message>
    <message>
        <source>VLAN priority</source>
        <translation>Priorité VLAN</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>Utilisateur signalé</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Dernier rapport</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement d’état</translation>
    </message>
    <message>
        <source>File user</source>
        <translation>Utilisateur du fichier</translation>
    </message>
    <message>
        <source>File secret</source>
        <translation>Secret du fichier</translation>
    </message>
    <message>
        <source>Push address</source>
        <translation>Adresse push</translation>
    </message>
    <message>
        <source>First contact allowed until</source>
        <translation>Premier contact autorisé jusqu’à</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID unique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <source>Additional information 1</source>
        <translation>Informations complémentaires 1</translation>
    </message>
    <message>
        <source>Additional information 2</source>
        <translation>Informations complémentaires 2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Hachage du mot de passe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Espaces réservés non résolus</translation>
    </message>
    <message>
        <source>Disconnect timeout (minutes)</source>
        <translation>Délai de déconnexion (minutes)</translation>
    </message>
    <message>
        <source>Administrator session (seconds)</source>
        <translation>Durée de connexion administrateur (secondes)</translation>
    </message>
    <message>
        <source>Activity log level</source>
        <translation>Niveau du journal d’activité</translation>
    </message>
    <message>
        <source>Phone push port (0: never push)</source>
        <translation>Port push des téléphones (0&#xa0;: jamais de push)</translation>
    </message>
    <message>
        <source>Pause between two phones (seconds)</source>
        <translation>Intervalle entre deux téléphones (secondes)</translation>
    </message>
    <message>
        <source>First contact again after (minutes; 0: never)</source>
        <translation>Nouveau premier contact après (minutes&#xa0;; 0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>System provisioning subnets</source>
        <translation>Sous-réseaux de provisionnement système</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>DHCP option 160 file</source>
        <translation>Fichier DHCP Option 160</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>Proxy HTTP du SBC</translation>
    </message>
    <message>
        <source>Syslog host</source>
        <translation>Hôte syslog</translation>
    </message>
    <message>
        <source>Syslog port</source>
        <translation>Port syslog</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Hôte SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>SMTP CA certificates file</source>
        <translation>Fichier des certificats CA SMTP</translation>
    </message>
    <message>
        <source>SMTP sender</source>
        <translation>Expéditeur SMTP</translation>
    </message>
    <message>
        <source>SMTP recipients</source>
        <translation>Destinataires SMTP</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>the file is %1; at most %2 are accepted</source>
        <translation>le fichier fait %1&#xa0;; %2 au maximum sont acceptés</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Téléverser…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>Rechercher par nom de fichier</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modèle de téléphone</translation>
    </message>
    <message>
        <source>Newest image</source>
        <translation>Image la plus récente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phone models and their newest image</source>
        <translation>Modèles de téléphones et leur image la plus récente</translation>
    </message>
    <message>
        <source>a firmware file name has at most 128 characters</source>
        <translation>un nom de fichier firmware compte au plus 128 caractères</translation>
    </message>
    <message>
        <source>a firmware file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .img (430HD_3.4.3.1.img)</source>
        <translation>un nom de fichier firmware se compose de lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», et se termine par .img (430HD_3.4.3.1.img)</translation>
    </message>
    <message>
        <source>none: phones of this model get no firmware</source>
        <translation>aucune&#xa0;: les téléphones de ce modèle ne reçoivent aucun firmware</translation>
    </message>
    <message>
        <source>Upload Firmware</source>
        <translation>Téléverser un firmware</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>from the file&apos;s name or header</source>
        <translation>d’après le nom ou l’en-tête du fichier</translation>
    </message>
    <message>
        <source>&amp;Image file:</source>
        <translation>Fichier &amp;image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>Image firmware</translation>
    </message>
    <message>
        <source>Firmware images (*.img)</source>
        <translation>Images firmware (*.img)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 n’a pas été téléversé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 %3.</source>
        <translation>%1 téléversé&#xa0;: %2 %3.</translation>
    </message>
    <message>
        <source>But %1.</source>
        <translation>Mais %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>An image needs a version (3.4.3.1).</source>
        <translation>Une image doit avoir une version (3.4.3.1).</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Save the image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>Delete %1? Phones told to install it will no longer find it.</source>
        <translation>Supprimer %1&#xa0;? Les téléphones invités à l’installer ne la trouveront plus.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Firmware Files</source>
        <translation>Fichiers firmware</translation>
    </message>
</context>
<context>
    <name>JobTargetsModel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Queued for its next report</source>
        <translation>En attente de son prochain rapport</translation>
    </message>
    <message>
        <source>Delivered at its report</source>
        <translation>Remis lors de son rapport</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped (no rights)</source>
        <translation>Ignoré (pas de droits)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>Reset %n phone(s) at once</source>
        <translation>
            <numerusform>Redémarrer %n téléphone immédiatement</numerusform>
            <numerusform>Redémarrer %n téléphones immédiatement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at a set time</source>
        <translation>
            <numerusform>Redémarrer %n téléphone à une heure fixée</numerusform>
            <numerusform>Redémarrer %n téléphones à une heure fixée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) when idle</source>
        <translation>
            <numerusform>Redémarrer %n téléphone quand il est libre</numerusform>
            <numerusform>Redémarrer %n téléphones quand ils sont libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>Vérifier l’état de %n téléphone</numerusform>
            <numerusform>Vérifier l’état de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)</source>
        <translation>
            <numerusform>Mettre à jour la configuration de %n téléphone</numerusform>
            <numerusform>Mettre à jour la configuration de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)</source>
        <translation>
            <numerusform>Mettre à jour le firmware de %n téléphone</numerusform>
            <numerusform>Mettre à jour le firmware de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)</source>
        <translation>
            <numerusform>Envoyer un message à %n téléphone</numerusform>
            <numerusform>Envoyer un message à %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)</source>
        <translation>
            <numerusform>Changer la région de %n téléphone</numerusform>
            <numerusform>Changer la région de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Phone Type of %n phone(s)</source>
        <translation>
            <numerusform>Changer le type de %n téléphone</numerusform>
            <numerusform>Changer le type de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Language of %n phone(s)</source>
        <translation>
            <numerusform>Changer la langue de %n téléphone</numerusform>
            <numerusform>Changer la langue de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)</source>
        <translation>
            <numerusform>Approuver %n téléphone</numerusform>
            <numerusform>Approuver %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Supprimer %n téléphone</numerusform>
            <numerusform>Supprimer %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset Passwords of %n user(s)</source>
        <translation>
            <numerusform>Réinitialiser les mots de passe de %n utilisateur</numerusform>
            <numerusform>Réinitialiser les mots de passe de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>Générer les fichiers de configuration de %n téléphone</numerusform>
            <numerusform>Générer les fichiers de configuration de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)</source>
        <translation>
            <numerusform>Autoriser le premier contact pour %n téléphone</numerusform>
            <numerusform>Autoriser le premier contact pour %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n remis</numerusform>
            <numerusform>%n remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>next batch %1</source>
        <translation>prochain lot %1</translation>
    </message>
    <message>
        <source>%1 phones/min</source>
        <translation>%1 téléphones/min</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>fin vers %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Outcome per phone</source>
        <translation>Résultat par téléphone</translation>
    </message>
    <message>
        <source>Phones not sent to yet are not; commands waiting for a phone&apos;s report are withdrawn.</source>
        <translation>Les téléphones pas encore contactés ne le seront pas&#xa0;; les commandes en attente du rapport d’un téléphone sont retirées.</translation>
    </message>
    <message>
        <source>Select a job to see what happened to each phone.</source>
        <translation>Sélectionnez une tâche pour voir ce qu’il est advenu de chaque téléphone.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Impossible d’annuler la tâche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Web admin log</source>
        <translation>Journal de l’administration web</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Which log</source>
        <translation>Journal affiché</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>last </source>
        <translation>les </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> dernières lignes</translation>
    </message>
    <message>
        <source>How many lines</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>System Logs</source>
        <translation>Journaux système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super administrateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrateur régional</translation>
    </message>
    <message>
        <source>Regional administrator, read-only</source>
        <translation>Administrateur régional, lecture seule</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>PhoneFleet</source>
        <translation>PhoneFleet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Tâche terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Mises à jour en direct suspendues</translation>
    </message>
    <message>
        <source>The server does not answer: %1. Trying again.</source>
        <translation>Le serveur ne répond pas&#xa0;: %1. Nouvelle tentative.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Changes on the server show here within seconds.</source>
        <translation>Les modifications sur le serveur s’affichent ici en quelques secondes.</translation>
    </message>
    <message>
        <source>Loading phones: %v of %m</source>
        <translation>Chargement des téléphones&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>The phones could not be loaded: %1</source>
        <translation>Impossible de charger les téléphones&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated phone(s) are booting; the dashboard follows them.</source>
        <translation>
            <numerusform>%n téléphone simulé démarre&#xa0;; le tableau de bord le suit.</numerusform>
            <numerusform>%n téléphones simulés démarrent&#xa0;; le tableau de bord les suit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo fleet could not run: %1</source>
        <translation>La flotte de démo n’a pas pu fonctionner&#xa0;: %1</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Server</source>
        <translation>Utiliser le serveur &amp;local</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>&amp;Import from the Vendor&apos;s Server…</source>
        <translation>&amp;Importer depuis le serveur du fournisseur…</translation>
    </message>
    <message>
        <source>Import the configuration export of the vendor&apos;s IP Phone Management Server (system administrators)</source>
        <translation>Importer l’export de configuration de l’IP Phone Management Server du fournisseur (administrateurs système)</translation>
    </message>
    <message>
        <source>&amp;Open Cfg File…</source>
        <translation>&amp;Ouvrir un fichier cfg…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>Configuration files and templates (*.cfg *.cfx *.txt *.xml);;Template XML (*.xml);;All files (*)</source>
        <translation>Fichiers de configuration et gabarits (*.cfg *.cfx *.txt *.xml);;Gabarit XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Start a &amp;Demo Fleet…</source>
        <translation>Lancer une flotte de &amp;démo…</translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation>&amp;Arrêter la flotte de démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation>Panneau des &amp;tâches</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About PhoneFleet</source>
        <translation>À &amp;propos de PhoneFleet</translation>
    </message>
    <message>
        <source>Show the Jobs panel</source>
        <translation>Afficher le panneau des tâches</translation>
    </message>
    <message>
        <source>This build has no local server.</source>
        <translation>Cette version n’inclut pas de serveur local.</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>Démarrage du serveur local…</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>Le serveur local n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>There is no saved server named “%1”.</source>
        <translation>Aucun serveur enregistré ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.

SHA-256 fingerprint:
%2

Compare it with the fingerprint phonefleetd printed when it started (or ask its administrator). Trust it only if they are the same: PhoneFleet then accepts this certificate, and only this one, for this server.</source>
        <translation>Le certificat de %1 n’est pas approuvé par cet ordinateur.

Empreinte SHA-256&#xa0;:
%2

Comparez-la avec l’empreinte affichée par phonefleetd à son démarrage (ou demandez-la à son administrateur). Ne lui faites confiance que si elles sont identiques&#xa0;: PhoneFleet accepte alors ce certificat, et uniquement celui-ci, pour ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>%1 answers again: sign in to send the outbox.</source>
        <translation>%1 répond de nouveau&#xa0;: connectez-vous pour vider la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>Le serveur a mis fin à votre session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Work offline on the templates kept from your last session there? Saved edits wait in the outbox and are sent once you sign in again.</source>
        <translation>%1 est injoignable. Travailler hors ligne sur les gabarits conservés lors de votre dernière session sur ce serveur&#xa0;? Les modifications enregistrées attendent dans la boîte d’envoi et sont envoyées dès que vous vous reconnectez.</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — offline, trying again</source>
        <translation> — hors ligne, nouvelle tentative</translation>
    </message>
    <message>
        <source>Not connected — File › Connect to Server…</source>
        <translation>Non connecté — Fichier › Se connecter au serveur…</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only.</source>
        <translation>Une flotte de démo ne fonctionne qu’avec le serveur local.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo Fleet</source>
        <translation>Flotte de démo</translation>
    </message>
    <message>
        <source>Simulated phones to start against the local server:</source>
        <translation>Téléphones simulés à démarrer sur le serveur local&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administration of enterprise SIP desk phone fleets: provisioning, status, alarms and bulk actions.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administration de flottes de téléphones de bureau SIP d’entreprise&#xa0;: provisionnement, état, alarmes et actions groupées.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PhoneFleet</source>
        <translation>À propos de PhoneFleet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>PhoneFleet shows in %1 from its next start.</source>
        <translation>Langue de PhoneFleet à partir du prochain démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ManageDevicesPage</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Change Phone Type…</source>
        <translation>Changer le type de téléphone…</translation>
    </message>
    <message>
        <source>Change Language…</source>
        <translation>Changer la langue…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Générer la configuration</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Mettre à jour la configuration…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Envoyer un message…</translation>
    </message>
    <message>
        <source>Change Site…</source>
        <translation>Changer de site…</translation>
    </message>
    <message>
        <source>The phones of which region to manage</source>
        <translation>Région dont gérer les téléphones</translation>
    </message>
    <message>
        <source>Search by user, MAC, IP address, model, firmware or location</source>
        <translation>Rechercher par utilisateur, MAC, adresse IP, modèle, firmware ou emplacement</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Un administrateur de niveau Surveillance ne modifie rien</translation>
    </message>
    <message>
        <source>Select the phones first</source>
        <translation>Sélectionnez d’abord les téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s)</source>
        <translation>
            <numerusform>%n téléphone sélectionné</numerusform>
            <numerusform>%n téléphones sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select phones of one region: a site is a part of one region</source>
        <translation>Sélectionnez des téléphones d’une seule région&#xa0;: un site appartient à une seule région</translation>
    </message>
    <message>
        <source>Only Operators of the phones&apos; region change their site</source>
        <translation>Seuls les Opérateurs de la région des téléphones changent leur site</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected phone(s) at a site of their region</source>
        <translation>
            <numerusform>Placer %n téléphone sélectionné sur un site de sa région</numerusform>
            <numerusform>Placer les %n téléphones sélectionnés sur un site de leur région</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Phone(s)…</source>
        <translation>
            <numerusform>Supprimer %n téléphone…</numerusform>
            <numerusform>Supprimer %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Redémarrer %n téléphone…</numerusform>
            <numerusform>Redémarrer %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Phone Type of %n Phone(s)</source>
        <translation>
            <numerusform>Changer le type de %n téléphone</numerusform>
            <numerusform>Changer le type de %n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Language of %n Phone(s)</source>
        <translation>
            <numerusform>Changer la langue de %n téléphone</numerusform>
            <numerusform>Changer la langue de %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>&amp;Voir la répartition</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>&amp;Phone type:</source>
        <translation>&amp;Type de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Phone(s)</source>
        <translation>
            <numerusform>Modifier %n téléphone</numerusform>
            <numerusform>Modifier %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the template of the new type: their files are generated again and they are told to fetch them.</source>
        <translation>Les téléphones reçoivent le gabarit du nouveau type&#xa0;: leurs fichiers sont régénérés et ils sont invités à les récupérer.</translation>
    </message>
    <message>
        <source>The phones&apos; files are generated again with the new language and the phones are told to fetch them.</source>
        <translation>Les fichiers des téléphones sont régénérés avec la nouvelle langue et les téléphones sont invités à les récupérer.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message numerus="yes">
        <source>Phone types of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Types de téléphone de %n téléphone listé.</numerusform>
            <numerusform>Types de téléphone des %n téléphones listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Languages of the %n phone(s) listed.</source>
        <translation>
            <numerusform>Langues de %n téléphone listé.</numerusform>
            <numerusform>Langues des %n téléphones listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Site of %n Phone(s)</source>
        <translation>
            <numerusform>Changer le site de %n téléphone</numerusform>
            <numerusform>Changer le site de %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun site</translation>
    </message>
    <message>
        <source>Listing the sites of %1…</source>
        <translation>Liste des sites de %1…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>The sites of %1 could not be listed: %2</source>
        <translation>Impossible de lister les sites de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no site yet: sites are added to a region on the Regions page.</source>
        <translation>%1 n’a encore aucun site&#xa0;: les sites s’ajoutent à une région sur la page Régions.</translation>
    </message>
    <message>
        <source>The site&apos;s placeholder values go into the phones&apos; files when they are generated again.</source>
        <translation>Les valeurs d’espaces réservés du site entrent dans les fichiers des téléphones à leur prochaine génération.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at the site %1.</source>
        <translation>
            <numerusform>%n téléphone désormais sur le site %1.</numerusform>
            <numerusform>%n téléphones désormais sur le site %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at no site.</source>
        <translation>
            <numerusform>%n téléphone désormais sans site.</numerusform>
            <numerusform>%n téléphones désormais sans site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) not changed: %1</source>
        <translation>
            <numerusform>%n téléphone non modifié&#xa0;: %1</numerusform>
            <numerusform>%n téléphones non modifiés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Devices</source>
        <translation>Gérer plusieurs appareils</translation>
    </message>
</context>
<context>
    <name>ManageUsersPage</name>
    <message>
        <source>Set Region…</source>
        <translation>Définir la région…</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>Réinitialiser les mots de passe…</translation>
    </message>
    <message>
        <source>Delete Users…</source>
        <translation>Supprimer les utilisateurs…</translation>
    </message>
    <message>
        <source>Restart Phones…</source>
        <translation>Redémarrer les téléphones…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>Générer la configuration</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>Mettre à jour la configuration…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>Envoyer un message…</translation>
    </message>
    <message>
        <source>The users of which region to manage</source>
        <translation>Région dont gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Rechercher par utilisateur ou nom affiché</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>Un administrateur de niveau Surveillance ne modifie rien</translation>
    </message>
    <message>
        <source>Select the users first</source>
        <translation>Sélectionnez d’abord les utilisateurs</translation>
    </message>
    <message>
        <source>The selected users have no phone</source>
        <translation>Les utilisateurs sélectionnés n’ont aucun téléphone</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users</source>
        <translation>
            <numerusform>%n téléphone des utilisateurs sélectionnés</numerusform>
            <numerusform>Les %n téléphones des utilisateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)…</source>
        <translation>
            <numerusform>Définir la région de %n utilisateur…</numerusform>
            <numerusform>Définir la région de %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)…</source>
        <translation>
            <numerusform>Réinitialiser %n mot de passe…</numerusform>
            <numerusform>Réinitialiser %n mots de passe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Supprimer %n utilisateur…</numerusform>
            <numerusform>Supprimer %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Supprimer l’utilisateur…</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>Redémarrer %n téléphone…</numerusform>
            <numerusform>Redémarrer %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)</source>
        <translation>
            <numerusform>Définir la région de %n utilisateur</numerusform>
            <numerusform>Définir la région de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation>Définir la région</translation>
    </message>
    <message>
        <source>Their phones keep their own region; change those on Manage Multiple Devices.</source>
        <translation>Leurs téléphones gardent leur propre région&#xa0;; modifiez-la dans «&#xa0;Gérer plusieurs appareils&#xa0;».</translation>
    </message>
    <message>
        <source>No user was moved: some of them are not in the list any more.</source>
        <translation>Aucun utilisateur déplacé&#xa0;: certains ne sont plus dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to %1.</source>
        <translation>
            <numerusform>%n utilisateur déplacé vers %1.</numerusform>
            <numerusform>%n utilisateurs déplacés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user was moved: %1</source>
        <translation>Aucun utilisateur déplacé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reset the SIP Passwords of %n User(s)</source>
        <translation>
            <numerusform>Réinitialiser les mots de passe SIP de %n utilisateur</numerusform>
            <numerusform>Réinitialiser les mots de passe SIP de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>A new &amp;random password for each user</source>
        <translation>Un nouveau mot de passe &amp;aléatoire par utilisateur</translation>
    </message>
    <message>
        <source>&amp;One password for all of them:</source>
        <translation>&amp;Un même mot de passe pour tous&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>Réinitialiser %n mot de passe</numerusform>
            <numerusform>Réinitialiser %n mots de passe</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the new password with their next configuration file; the passwords are never shown.</source>
        <translation>Les téléphones reçoivent le nouveau mot de passe avec leur prochain fichier de configuration&#xa0;; les mots de passe ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>A shared password has at least 8 characters.</source>
        <translation>Un mot de passe partagé compte au moins 8 caractères.</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users.</source>
        <translation>
            <numerusform>%n téléphone des utilisateurs sélectionnés.</numerusform>
            <numerusform>Les %n téléphones des utilisateurs sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n Phone(s)…</source>
        <translation>
            <numerusform>Mettre à jour %n téléphone…</numerusform>
            <numerusform>Mettre à jour %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n Phone(s)…</source>
        <translation>
            <numerusform>Envoyer à %n téléphone…</numerusform>
            <numerusform>Envoyer à %n téléphones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Users</source>
        <translation>Gérer plusieurs utilisateurs</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Save the Merge</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Template %1 Changed on the Server</source>
        <translation>Gabarit %1 modifié sur le serveur</translation>
    </message>
    <message>
        <source>Template %1 was deleted on the server while you edited it offline (saved %2). Add your version as a new template, or drop it.</source>
        <translation>Le gabarit %1 a été supprimé sur le serveur pendant que vous le modifiiez hors ligne (enregistré %2). Ajoutez votre version comme nouveau gabarit, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>&amp;Add Mine as a New Template</source>
        <translation>&amp;Ajouter la mienne comme nouveau gabarit</translation>
    </message>
    <message>
        <source>&amp;Drop Mine</source>
        <translation>&amp;Rejeter la mienne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Fichier global</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Fichier d’appareil</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place(s). Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</source>
        <translation>
            <numerusform>Le gabarit %1 a été modifié sur le serveur (révision %2) pendant que vous modifiiez la révision %3 hors ligne. Modifié des deux côtés&#xa0;: %n endroit. Modifiez la fusion ci-dessous jusqu’à ce qu’il ne reste aucun marqueur &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ou gardez un côté en entier.</numerusform>
            <numerusform>Le gabarit %1 a été modifié sur le serveur (révision %2) pendant que vous modifiiez la révision %3 hors ligne. Modifié des deux côtés&#xa0;: %n endroits. Modifiez la fusion ci-dessous jusqu’à ce qu’il ne reste aucun marqueur &lt;&lt;&lt;&lt;&lt;&lt;&lt;, ou gardez un côté en entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. The changes do not touch the same lines: the merge below has both.</source>
        <translation>Le gabarit %1 a été modifié sur le serveur (révision %2) pendant que vous modifiiez la révision %3 hors ligne. Les modifications ne touchent pas les mêmes lignes&#xa0;: la fusion ci-dessous contient les deux.</translation>
    </message>
    <message>
        <source>Base (revision %1, what you started from)</source>
        <translation>Base (révision %1, votre point de départ)</translation>
    </message>
    <message>
        <source>The server&apos;s (revision %1)</source>
        <translation>Version du serveur (révision %1)</translation>
    </message>
    <message numerus="yes">
        <source>The merge: %n conflict(s) to settle</source>
        <translation>
            <numerusform>La fusion&#xa0;: %n conflit à résoudre</numerusform>
            <numerusform>La fusion&#xa0;: %n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge: every conflict settled</source>
        <translation>La fusion&#xa0;: tous les conflits sont résolus</translation>
    </message>
    <message>
        <source>The merge: nothing to settle</source>
        <translation>La fusion&#xa0;: rien à résoudre</translation>
    </message>
    <message>
        <source>Settle every conflict first: no &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| or &gt;&gt;&gt;&gt;&gt;&gt;&gt; line may be left.</source>
        <translation>Résolvez d’abord chaque conflit&#xa0;: aucune ligne &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| ou &gt;&gt;&gt;&gt;&gt;&gt;&gt; ne doit subsister.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Afficher le message entier</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <source>Template edits saved while the server could not be reached; they are sent when it answers again</source>
        <translation>Modifications de gabarits enregistrées pendant que le serveur était injoignable&#xa0;; elles sont envoyées dès qu’il répond de nouveau</translation>
    </message>
    <message>
        <source>The server refused the offline edit of template %1: %2. It stays in the outbox.</source>
        <translation>Le serveur a refusé la modification hors ligne du gabarit %1&#xa0;: %2. Elle reste dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Templates open from the offline copy, and saved edits wait in the outbox until it answers again.</source>
        <translation>Le serveur est injoignable. Les gabarits s’ouvrent depuis la copie hors ligne, et les modifications enregistrées attendent dans la boîte d’envoi jusqu’à ce qu’il réponde de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n edit(s)</source>
        <translation>
            <numerusform>Boîte d’envoi&#xa0;: %n modification</numerusform>
            <numerusform>Boîte d’envoi&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Discard the Edit of %1 (saved %2)…</source>
        <translation>Abandonner la modification de %1 (enregistrée %2)…</translation>
    </message>
    <message>
        <source>Discard the Edit</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Throw away the edit of template %1 made offline? It was never sent to the server.</source>
        <translation>Abandonner la modification hors ligne du gabarit %1&#xa0;? Elle n’a jamais été envoyée au serveur.</translation>
    </message>
    <message>
        <source>The edit of template %1 stays in the outbox; it is offered again next time.</source>
        <translation>La modification du gabarit %1 reste dans la boîte d’envoi&#xa0;; elle sera proposée de nouveau la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) with unsaved text from the last session were opened again.</source>
        <translation>
            <numerusform>%n fenêtre avec du texte non enregistré de la dernière session a été rouverte.</numerusform>
            <numerusform>%n fenêtres avec du texte non enregistré de la dernière session ont été rouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) hold changes that are not saved:</source>
        <translation>
            <numerusform>%n fenêtre contient des modifications non enregistrées&#xa0;:</numerusform>
            <numerusform>%n fenêtres contiennent des modifications non enregistrées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to find them open again with their text at the next start, or discard them all.</source>
        <translation>Conservez-les pour les retrouver ouvertes avec leur texte au prochain démarrage, ou abandonnez-les toutes.</translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation>&amp;Garder pour le prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;Tout abandonner</translation>
    </message>
</context>
<context>
    <name>Option160Panel</name>
    <message>
        <source>Option 160 URLs for the DHCP server</source>
        <translation>URL Option 160 pour le serveur DHCP</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l’URL</translation>
    </message>
    <message>
        <source>What a Phone Gets</source>
        <translation>Ce que reçoit un téléphone</translation>
    </message>
    <message>
        <source>A new phone of &amp;model:</source>
        <translation>Un nouveau téléphone du &amp;modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Every new phone (waits for approval)</source>
        <translation>Tout nouveau téléphone (attend l’approbation)</translation>
    </message>
    <message>
        <source>Phones of %1 (zero-touch)</source>
        <translation>Téléphones de %1 (Zero Touch)</translation>
    </message>
    <message>
        <source>Each phone&apos;s own file, by model</source>
        <translation>Fichier propre à chaque téléphone, par modèle</translation>
    </message>
    <message>
        <source>Remote phones through the SBC</source>
        <translation>Téléphones distants via le SBC</translation>
    </message>
    <message>
        <source>Remote phones of %1 through the SBC</source>
        <translation>Téléphones distants de %1 via le SBC</translation>
    </message>
    <message>
        <source>; 1. DHCP hands the phone: %1</source>
        <translation>; 1. Le DHCP fournit au téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>; 2. It downloads dhcpoption160.cfg, the same for every model:</source>
        <translation>; 2. Il télécharge dhcpoption160.cfg, identique pour tous les modèles&#xa0;:</translation>
    </message>
    <message>
        <source>; the template cannot be rendered: %1</source>
        <translation>; impossible de produire le gabarit&#xa0;: %1</translation>
    </message>
    <message>
        <source>; unresolved: %1</source>
        <translation>; non résolus&#xa0;: %1</translation>
    </message>
    <message>
        <source>; 3. It reports itself and waits for approval; once approved into a region it fetches</source>
        <translation>; 3. Il se signale et attend l’approbation&#xa0;; une fois approuvé dans une région, il récupère</translation>
    </message>
    <message>
        <source>;    %1 (made from the region&apos;s default %2 template, else the system-wide one)</source>
        <translation>;    %1 (issu du gabarit %2 par défaut de la région, sinon du gabarit système)</translation>
    </message>
    <message>
        <source>;    and its firmware, %1.img: the newest %1 image on the Firmware Files page.</source>
        <translation>;    et son firmware, %1.img&#xa0;: l’image %1 la plus récente de la page Fichiers firmware.</translation>
    </message>
</context>
<context>
    <name>PieCard</name>
    <message>
        <source>Others (%1)</source>
        <translation>Autres (%1)</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>Afficher ces téléphones dans «&#xa0;État des appareils&#xa0;»</translation>
    </message>
    <message>
        <source>%1: open Devices Status with these phones</source>
        <translation>%1&#xa0;: afficher ces téléphones dans «&#xa0;État des appareils&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no phones yet</source>
        <translation>%1&#xa0;: aucun téléphone pour l’instant</translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message>
        <source>Placeholder or key</source>
        <translation>Espace réservé ou clé</translation>
    </message>
    <message>
        <source>Add Value…</source>
        <translation>Ajouter une valeur…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import Values…</source>
        <translation>Importer des valeurs…</translation>
    </message>
    <message>
        <source>Export for the Vendor…</source>
        <translation>Exporter pour le fournisseur…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Template (phone model)</source>
        <translation>Gabarit (modèle de téléphone)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Region overwrite values</source>
        <translation>Valeurs de remplacement de région</translation>
    </message>
    <message>
        <source>Device overwrite values</source>
        <translation>Valeurs de remplacement d’appareil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>the phone&apos;s MAC, then Enter</source>
        <translation>MAC du téléphone, puis Entrée</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address</source>
        <translation>Adresse MAC du téléphone</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>Rechercher noms et valeurs</translation>
    </message>
    <message>
        <source>Import placeholder values from a CSV file in the vendor&apos;s layouts (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): all lines or none</source>
        <translation>Importer des valeurs d’espaces réservés depuis un fichier CSV aux formats du fournisseur (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC)&#xa0;: toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>Save this level&apos;s values in the vendor&apos;s CSV layout</source>
        <translation>Enregistrer les valeurs de ce niveau au format CSV du fournisseur</translation>
    </message>
    <message>
        <source>Add Overwrite Value…</source>
        <translation>Ajouter une valeur de remplacement…</translation>
    </message>
    <message>
        <source>Listing the templates</source>
        <translation>Liste des gabarits</translation>
    </message>
    <message>
        <source>system-wide</source>
        <translation>tout le système</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>Liste des sites</translation>
    </message>
    <message>
        <source>not a MAC address</source>
        <translation>pas une adresse MAC</translation>
    </message>
    <message>
        <source>Finding the phone</source>
        <translation>Recherche du téléphone</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>no phone has this MAC</source>
        <translation>aucun téléphone avec cette adresse MAC</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisissez un gabarit</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Choisissez une région</translation>
    </message>
    <message>
        <source>Choose a site (a region&apos;s sites are added on the Regions page)</source>
        <translation>Choisissez un site (les sites d’une région s’ajoutent sur la page Régions)</translation>
    </message>
    <message>
        <source>Give the phone&apos;s MAC address</source>
        <translation>Indiquez l’adresse MAC du téléphone</translation>
    </message>
    <message>
        <source>Add an Overwrite Value</source>
        <translation>Ajouter une valeur de remplacement</translation>
    </message>
    <message>
        <source>Add a Placeholder Value</source>
        <translation>Ajouter une valeur d’espace réservé</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Cfg &amp;key:</source>
        <translation>&amp;Clé cfg&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>The phone&apos;s file sets this key to this value, whatever the template says.</source>
        <translation>Le fichier du téléphone donne cette valeur à cette clé, quoi qu’indique le gabarit.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>A cfg key is one word without &apos;=&apos; (voip/line/0/enabled).</source>
        <translation>Une clé cfg est un seul mot sans «&#xa0;=&#xa0;» (voip/line/0/enabled).</translation>
    </message>
    <message>
        <source>A placeholder name is letters, digits and &apos;_&apos;, starting with a letter (Primary_NTP for %ITCS_Primary_NTP%).</source>
        <translation>Un nom d’espace réservé se compose de lettres, chiffres et «&#xa0;_&#xa0;», et commence par une lettre (Primary_NTP pour %ITCS_Primary_NTP%).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Delete %1? Phones get the value of the level below it from their next file.</source>
        <translation>Supprimer %1&#xa0;? Les téléphones reçoivent la valeur du niveau inférieur dès leur prochain fichier.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Import Placeholder Values</source>
        <translation>Importer des valeurs d’espaces réservés</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a placeholder file of at most %3 is read</source>
        <translation>%1 fait %2&#xa0;; un fichier d’espaces réservés est lu jusqu’à %3 au plus</translation>
    </message>
    <message>
        <source>%1: %2 value(s) imported (%3 added, %4 changed, %5 unchanged).</source>
        <translation>%1&#xa0;: valeurs importées&#xa0;: %2 (ajoutées&#xa0;: %3, modifiées&#xa0;: %4, inchangées&#xa0;: %5).</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>%n ligne de %1 ne peut pas être importée, donc rien n’a été importé. Corrigez-la et importez de nouveau le fichier.</numerusform>
            <numerusform>%n lignes de %1 ne peuvent pas être importées, donc rien n’a été importé. Corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite values have no vendor CSV layout; use Export CSV…</source>
        <translation>Les valeurs de remplacement n’ont pas de format CSV fournisseur&#xa0;; utilisez «&#xa0;Exporter en CSV…&#xa0;»</translation>
    </message>
    <message>
        <source>Export for the Vendor</source>
        <translation>Exporter pour le fournisseur</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The %1 values</source>
        <translation>Valeurs %1</translation>
    </message>
    <message>
        <source>No value at this level. Placeholders (%ITCS_Name% in templates) take the value of the nearest level: device, site, region, template, system.</source>
        <translation>Aucune valeur à ce niveau. Les espaces réservés (%ITCS_Name% dans les gabarits) prennent la valeur du niveau le plus proche&#xa0;: appareil, site, région, gabarit, système.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Espaces réservés</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The global file: one file for every phone of the model, so no phone&apos;s own values, no site&apos;s and no overwrite values apply.</source>
        <translation>Le fichier global&#xa0;: un seul fichier pour tous les téléphones du modèle, donc ni les valeurs propres d’un téléphone, ni celles d’un site, ni les valeurs de remplacement ne s’appliquent.</translation>
    </message>
    <message>
        <source>Preview the file of any phone of this model in a region</source>
        <translation>Prévisualiser le fichier de n’importe quel téléphone de ce modèle dans une région</translation>
    </message>
    <message>
        <source>or one phone: MAC address, Enter</source>
        <translation>ou un téléphone&#xa0;: adresse MAC, Entrée</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Espace réservé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>&amp;File as the Phone Gets It</source>
        <translation>&amp;Fichier reçu par le téléphone</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;Espaces réservés</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Any phone with no region</source>
        <translation>Tout téléphone sans région</translation>
    </message>
    <message>
        <source>Any phone in %1</source>
        <translation>Tout téléphone de %1</translation>
    </message>
    <message>
        <source>A new template can be previewed once it is saved.</source>
        <translation>Un nouveau gabarit peut être prévisualisé une fois enregistré.</translation>
    </message>
    <message>
        <source>Fetching what this phone&apos;s file is made of…</source>
        <translation>Récupération de la composition du fichier de ce téléphone…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone %1 (%2).</source>
        <translation>Téléphone %1 (%2).</translation>
    </message>
    <message>
        <source>It gets its file from template &quot;%1&quot; now, not from this one.</source>
        <translation>Il reçoit actuellement son fichier du gabarit «&#xa0;%1&#xa0;», et non de celui-ci.</translation>
    </message>
    <message>
        <source>Offline: values as last fetched from the server.</source>
        <translation>Hors ligne&#xa0;: valeurs telles que récupérées en dernier du serveur.</translation>
    </message>
    <message>
        <source>Passwords are shown as %1.</source>
        <translation>Les mots de passe s’affichent sous la forme %1.</translation>
    </message>
    <message>
        <source>&amp;Global File as Phones Get It</source>
        <translation>Fichier &amp;global reçu par les téléphones</translation>
    </message>
    <message>
        <source>No preview of the global file: %1</source>
        <translation>Pas d’aperçu du fichier global&#xa0;: %1</translation>
    </message>
    <message>
        <source>; This file cannot be made: %1</source>
        <translation>; Impossible de produire ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <source>(each phone&apos;s own)</source>
        <translation>(propre à chaque téléphone)</translation>
    </message>
    <message>
        <source>(nothing gives it a value)</source>
        <translation>(rien ne lui donne de valeur)</translation>
    </message>
    <message>
        <source>Built-in, per phone</source>
        <translation>Intégré, par téléphone</translation>
    </message>
    <message>
        <source>%1 (overwrite value)</source>
        <translation>%1 (valeur de remplacement)</translation>
    </message>
    <message>
        <source>The comparison is with one phone&apos;s file: choose the Device File tab.</source>
        <translation>La comparaison porte sur le fichier d’un téléphone&#xa0;: choisissez l’onglet Fichier d’appareil.</translation>
    </message>
    <message>
        <source>Choose one phone (its MAC address) to compare with the file it has now.</source>
        <translation>Choisissez un téléphone (son adresse MAC) pour comparer avec le fichier qu’il a actuellement.</translation>
    </message>
    <message>
        <source>This phone has no generated file yet, or only its region&apos;s Operators may read it.</source>
        <translation>Ce téléphone n’a pas encore de fichier généré, ou seuls les Opérateurs de sa région peuvent le lire.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation>
            <numerusform>  … %n ligne inchangée …</numerusform>
            <numerusform>  … %n lignes inchangées …</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as %1, the file the phone has now.</source>
        <translation>Identique à %1, le fichier actuel du téléphone.</translation>
    </message>
    <message>
        <source>Against %1, the file the phone has now: %2 line(s) removed, %3 added.</source>
        <translation>Par rapport à %1, le fichier actuel du téléphone&#xa0;: lignes supprimées&#xa0;: %2, ajoutées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation>Adresse de serveur «&#xa0;%1&#xa0;» inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: its certificate is not the one you accepted before.

Presented: SHA-256 %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the old one in Connections and connect again.</source>
        <translation>Connexion à %1 refusée&#xa0;: son certificat n’est pas celui que vous avez accepté auparavant.

Présenté&#xa0;: SHA-256 %2

Quelqu’un intercepte peut-être la connexion. Si le certificat du serveur a été remplacé volontairement, oubliez l’ancien dans Connexions et connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>Your saved session has ended: %1</source>
        <translation>Votre session enregistrée a pris fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed in. The session is not kept: %1. You will be asked for your password when PhoneFleet starts again.</source>
        <translation>Connecté. La session n’est pas conservée&#xa0;: %1. Votre mot de passe vous sera demandé au prochain démarrage de PhoneFleet.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>Super administrateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>Administrateur régional</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Non visible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Votre niveau</translation>
    </message>
    <message>
        <source>Add Region…</source>
        <translation>Ajouter une région…</translation>
    </message>
    <message>
        <source>Edit Region…</source>
        <translation>Modifier la région…</translation>
    </message>
    <message>
        <source>Delete Region…</source>
        <translation>Supprimer la région…</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Edit Site…</source>
        <translation>Modifier le site…</translation>
    </message>
    <message>
        <source>Remove Site…</source>
        <translation>Retirer le site…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Search by region name</source>
        <translation>Rechercher par nom de région</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Level in this region</source>
        <translation>Niveau dans cette région</translation>
    </message>
    <message>
        <source>Administrators&apos; levels in the region</source>
        <translation>Niveaux des administrateurs dans la région</translation>
    </message>
    <message>
        <source>The region&apos;s sites</source>
        <translation>Sites de la région</translation>
    </message>
    <message>
        <source>Add a site (an office, a building) to the region</source>
        <translation>Ajouter un site (un bureau, un bâtiment) à la région</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Only system administrators change regions</source>
        <translation>Seuls les administrateurs système modifient les régions</translation>
    </message>
    <message>
        <source>Sites of %1</source>
        <translation>Sites de %1</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>Liste des sites</translation>
    </message>
    <message>
        <source>Choose a region first</source>
        <translation>Choisissez d’abord une région</translation>
    </message>
    <message>
        <source>Only Operators of this region change its sites</source>
        <translation>Seuls les Opérateurs de cette région modifient ses sites</translation>
    </message>
    <message>
        <source>Add a Site to %1</source>
        <translation>Ajouter un site à %1</translation>
    </message>
    <message>
        <source>Edit Site %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Un site doit avoir un nom.</translation>
    </message>
    <message>
        <source>Site %1 added to %2.</source>
        <translation>Site %1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Site %1 of %2 changed.</source>
        <translation>Site %1 de %2 modifié.</translation>
    </message>
    <message>
        <source>Remove the site %1? Its placeholder values go with it; its phones stay in the region, at no site.</source>
        <translation>Retirer le site %1&#xa0;? Ses valeurs d’espaces réservés disparaissent avec lui&#xa0;; ses téléphones restent dans la région, sans site.</translation>
    </message>
    <message>
        <source>Site %1 removed.</source>
        <translation>Site %1 retiré.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Operator (every region)</source>
        <translation>Opérateur (toutes les régions)</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Edit Region %1</source>
        <translation>Modifier la région %1</translation>
    </message>
    <message>
        <source>Provisioning &amp;subnets:</source>
        <translation>&amp;Sous-réseaux de provisionnement&#xa0;:</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>Une région doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet (address/prefix length, e.g. 10.20.0.0/16).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un sous-réseau (adresse/longueur de préfixe, p. ex. 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>Region %1 added.</source>
        <translation>Région %1 ajoutée.</translation>
    </message>
    <message>
        <source>Region %1 changed.</source>
        <translation>Région %1 modifiée.</translation>
    </message>
    <message>
        <source>Delete the region %1? Its sites, its placeholder values and the administrators&apos; levels in it go with it. A region that still has phones, users or templates cannot be deleted.</source>
        <translation>Supprimer la région %1&#xa0;? Ses sites, ses valeurs d’espaces réservés et les niveaux des administrateurs dans cette région disparaissent avec elle. Une région qui a encore des téléphones, des utilisateurs ou des gabarits ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Region %1 deleted.</source>
        <translation>Région %1 supprimée.</translation>
    </message>
    <message>
        <source>No region yet. A region groups phones (by office or network: its provisioning subnets), gives them its templates and placeholder values, and sets who may see and change them.</source>
        <translation>Aucune région pour l’instant. Une région regroupe des téléphones (par bureau ou par réseau&#xa0;: ses sous-réseaux de provisionnement), leur attribue ses gabarits et ses valeurs d’espaces réservés, et définit qui peut les voir et les modifier.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or address%3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un nom d’hôte ni une adresse%3</translation>
    </message>
    <message>
        <source> (with :port if needed)</source>
        <translation> (avec :port si nécessaire)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Show the settings as the server has them again, dropping what was typed</source>
        <translation>Afficher de nouveau les paramètres tels que le serveur les a, en abandonnant la saisie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>LDAP Directory</source>
        <translation>Annuaire LDAP</translation>
    </message>
    <message>
        <source>DHCP Option 160</source>
        <translation>DHCP Option 160</translation>
    </message>
    <message>
        <source>Server &amp;FQDN or address:</source>
        <translation>&amp;FQDN ou adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server FQDN</source>
        <translation>FQDN du serveur</translation>
    </message>
    <message>
        <source>what phones use to reach this server; empty: this host&apos;s name</source>
        <translation>ce que les téléphones utilisent pour joindre ce serveur&#xa0;; vide&#xa0;: le nom de cet hôte</translation>
    </message>
    <message>
        <source>&amp;Disconnect timeout (minutes):</source>
        <translation>Délai de &amp;déconnexion (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator &amp;sign-in lasts (seconds):</source>
        <translation>Durée de &amp;connexion administrateur (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity log level:</source>
        <translation>&amp;Niveau du journal d’activité&#xa0;:</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;push port (0: never push):</source>
        <translation>Port p&amp;ush des téléphones (0&#xa0;: jamais de push)&#xa0;:</translation>
    </message>
    <message>
        <source>System &amp;provisioning subnets:</source>
        <translation>Sous-réseaux de pro&amp;visionnement système&#xa0;:</translation>
    </message>
    <message>
        <source>CIDR blocks whose phones fetch their file without credentials</source>
        <translation>Blocs CIDR dont les téléphones récupèrent leur fichier sans identifiants</translation>
    </message>
    <message>
        <source>Redundant Mode</source>
        <translation>Mode redondant</translation>
    </message>
    <message>
        <source>&amp;Redundant mode: phones fall back to a backup provisioning server</source>
        <translation>Mode &amp;redondant&#xa0;: les téléphones basculent sur un serveur de provisionnement de secours</translation>
    </message>
    <message>
        <source>P&amp;rimary server:</source>
        <translation>Serveur &amp;principal&#xa0;:</translation>
    </message>
    <message>
        <source>Primary server</source>
        <translation>Serveur principal</translation>
    </message>
    <message>
        <source>&amp;Backup server:</source>
        <translation>Serveur de &amp;secours&#xa0;:</translation>
    </message>
    <message>
        <source>Backup server</source>
        <translation>Serveur de secours</translation>
    </message>
    <message>
        <source>What every phone gets unless its template, region or own values say otherwise (system placeholders: %ITCS_Language% and so on). Empty: the phone&apos;s own default.</source>
        <translation>Ce que reçoit chaque téléphone, sauf indication contraire de son gabarit, de sa région ou de ses propres valeurs (espaces réservés système&#xa0;: %ITCS_Language%, etc.). Vide&#xa0;: la valeur par défaut du téléphone.</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;language:</source>
        <translation>&amp;Langue des téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Primary NTP server:</source>
        <translation>Serveur NTP &amp;principal&#xa0;:</translation>
    </message>
    <message>
        <source>Primary NTP server</source>
        <translation>Serveur NTP principal</translation>
    </message>
    <message>
        <source>&amp;Secondary NTP server:</source>
        <translation>Serveur NTP &amp;secondaire&#xa0;:</translation>
    </message>
    <message>
        <source>Secondary NTP server</source>
        <translation>Serveur NTP secondaire</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voice mail number:</source>
        <translation>Numéro de &amp;messagerie vocale&#xa0;:</translation>
    </message>
    <message>
        <source>Voice mail number: &quot;%1&quot; is not a number to dial (digits, * # +)</source>
        <translation>Numéro de messagerie vocale&#xa0;: «&#xa0;%1&#xa0;» n’est pas un numéro à composer (chiffres, * # +)</translation>
    </message>
    <message>
        <source>S&amp;RTP:</source>
        <translation>S&amp;RTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outbound proxy:</source>
        <translation>Pro&amp;xy sortant&#xa0;:</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Proxy sortant</translation>
    </message>
    <message>
        <source>Outbound proxy p&amp;ort:</source>
        <translation>P&amp;ort du proxy sortant&#xa0;:</translation>
    </message>
    <message>
        <source>Outbound proxy port: &quot;%1&quot; is not a port</source>
        <translation>Port du proxy sortant&#xa0;: «&#xa0;%1&#xa0;» n’est pas un port</translation>
    </message>
    <message>
        <source>&amp;Keep-alive period (seconds):</source>
        <translation>Intervalle &amp;keep-alive (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Keep-alive period: &quot;%1&quot; is not a number of seconds (10..86400)</source>
        <translation>Intervalle keep-alive&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre de secondes (10..86400)</translation>
    </message>
    <message>
        <source>&amp;Active: phones search the corporate directory</source>
        <translation>&amp;Actif&#xa0;: les téléphones consultent l’annuaire de l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>LDAP server address</source>
        <translation>Adresse du serveur LDAP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>LDAP port: &quot;%1&quot; is not a port</source>
        <translation>Port LDAP&#xa0;: «&#xa0;%1&#xa0;» n’est pas un port</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name filter:</source>
        <translation>&amp;Filtre de nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name a&amp;ttributes:</source>
        <translation>A&amp;ttributs de nom&#xa0;:</translation>
    </message>
    <message>
        <source>Nu&amp;mber filter:</source>
        <translation>Filtre de &amp;numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Number attr&amp;ibutes:</source>
        <translation>Attr&amp;ibuts de numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>N&amp;om affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;x hits:</source>
        <translation>Résultats ma&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>Sort the &amp;results</source>
        <translation>T&amp;rier les résultats</translation>
    </message>
    <message>
        <source>Search time&amp;out (seconds):</source>
        <translation>&amp;Délai de recherche (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum &amp;search length:</source>
        <translation>&amp;Longueur minimale de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>LDAP %1: &quot;%2&quot; is not a number (0..10000)</source>
        <translation>LDAP %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre (0..10000)</translation>
    </message>
    <message>
        <source>Zero-Touch Provisioning</source>
        <translation>Provisionnement Zero Touch</translation>
    </message>
    <message>
        <source>dhcpoption160.cfg &amp;template:</source>
        <translation>&amp;Gabarit dhcpoption160.cfg&#xa0;:</translation>
    </message>
    <message>
        <source>Restore the Shipped Template</source>
        <translation>Rétablir le gabarit d’origine</translation>
    </message>
    <message>
        <source>SBC &amp;HTTP proxy (host:port):</source>
        <translation>Proxy &amp;HTTP du SBC (hôte:port)&#xa0;:</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>Proxy HTTP du SBC</translation>
    </message>
    <message>
        <source>for phones outside the network; empty: none</source>
        <translation>pour les téléphones hors du réseau&#xa0;; vide&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Impossible de lire les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>As stored on the server.</source>
        <translation>Tels qu’enregistrés sur le serveur.</translation>
    </message>
    <message>
        <source>Only system administrators change the system settings</source>
        <translation>Seuls les administrateurs système modifient les paramètres système</translation>
    </message>
    <message>
        <source>Check the fields and send what changed to the server</source>
        <translation>Vérifier les champs et envoyer les modifications au serveur</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifiés, pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Les paramètres ont été enregistrés.</translation>
    </message>
    <message>
        <source>Not every setting was saved: %1</source>
        <translation>Certains paramètres n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>server settings</source>
        <translation>paramètres du serveur</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Paramètres système</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Keep me signed in (the session is kept in the system&apos;s keychain)</source>
        <translation>&amp;Rester connecté (la session est conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2.</source>
        <translation>Connexion à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Your session lasts until you close PhoneFleet; nothing is written to disk.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur (%1). Votre session dure jusqu’à la fermeture de PhoneFleet&#xa0;; rien n’est écrit sur le disque.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Add Template</source>
        <translation>Ajouter un gabarit</translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation>Modifier le gabarit %1</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;default template for this model</source>
        <translation>Gabarit par &amp;défaut de la région pour ce modèle</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(tout le système)</translation>
    </message>
    <message>
        <source>&amp;Global file name:</source>
        <translation>Nom du fichier &amp;global&#xa0;:</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>Fichier global</translation>
    </message>
    <message>
        <source>De&amp;vice file name:</source>
        <translation>Nom du fichier d’&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>Fichier d’appareil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone model:</source>
        <translation>&amp;Modèle de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the new template?</source>
        <translation>Enregistrer le nouveau gabarit&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes to the template %1?</source>
        <translation>Enregistrer les modifications du gabarit %1&#xa0;?</translation>
    </message>
    <message>
        <source>Discard throws away what was typed in this dialog.</source>
        <translation>«&#xa0;Ne pas enregistrer&#xa0;» efface ce qui a été saisi dans cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the offline copy. Saving puts the change in the outbox; it is sent when the server answers again.</source>
        <translation>Le serveur est injoignable&#xa0;: ceci est la copie hors ligne. L’enregistrement place la modification dans la boîte d’envoi&#xa0;; elle est envoyée dès que le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed (kept %1). Save it, or Cancel and Discard to throw it away.</source>
        <translation>Restauré&#xa0;: ce texte n’était pas enregistré à la dernière fermeture de la console (conservé %1). Enregistrez-le, ou cliquez sur Annuler puis Ne pas enregistrer pour l’abandonner.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed. Save it, or Cancel and Discard to throw it away.</source>
        <translation>Restauré&#xa0;: ce texte n’était pas enregistré à la dernière fermeture de la console. Enregistrez-le, ou cliquez sur Annuler puis Ne pas enregistrer pour l’abandonner.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (restauré)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un gabarit doit avoir un nom.</translation>
    </message>
    <message>
        <source>Both files need a name (the device file&apos;s is usually %ITCS_mac%.cfg).</source>
        <translation>Les deux fichiers doivent avoir un nom (celui du fichier d’appareil est généralement %ITCS_mac%.cfg).</translation>
    </message>
    <message>
        <source>The file names cannot be used: %1.</source>
        <translation>Noms de fichiers inutilisables&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateWorkspace</name>
    <message>
        <source>The server cannot be reached and template %1 is not in the offline copy.</source>
        <translation>Le serveur est injoignable et le gabarit %1 n’est pas dans la copie hors ligne.</translation>
    </message>
    <message>
        <source>The edit could not be kept in the offline copy: %1</source>
        <translation>Impossible de conserver la modification dans la copie hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no preview of this phone was kept while it could be.</source>
        <translation>Le serveur est injoignable, et aucun aperçu de ce téléphone n’a été conservé quand il était joignable.</translation>
    </message>
    <message>
        <source>Template %1: the edit made offline was saved on the server.</source>
        <translation>Gabarit %1&#xa0;: la modification faite hors ligne a été enregistrée sur le serveur.</translation>
    </message>
    <message>
        <source>Template %1: the server&apos;s version was kept, the offline edit dropped.</source>
        <translation>Gabarit %1&#xa0;: la version du serveur a été conservée, la modification hors ligne abandonnée.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>The default template of its region for %1 phones</source>
        <translation>Gabarit par défaut de sa région pour les téléphones %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n téléphone</numerusform>
            <numerusform>%n téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n phone(s) made from this template left placeholders without a value (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>Le fichier de %n téléphone issu de ce gabarit a laissé des espaces réservés sans valeur (voir «&#xa0;Espaces réservés non résolus…&#xa0;»)</numerusform>
            <numerusform>Les fichiers de %n téléphones issus de ce gabarit ont laissé des espaces réservés sans valeur (voir «&#xa0;Espaces réservés non résolus…&#xa0;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modèle de téléphone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(tout le système)</translation>
    </message>
    <message>
        <source>Global file</source>
        <translation>Fichier global</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Fichier d’appareil</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Non résolus</translation>
    </message>
    <message>
        <source>Add Template…</source>
        <translation>Ajouter un gabarit…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Cloner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Restore to Default…</source>
        <translation>Rétablir par défaut…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Import XML…</source>
        <translation>Importer XML…</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>Exporter XML…</translation>
    </message>
    <message>
        <source>Unresolved Placeholders…</source>
        <translation>Espaces réservés non résolus…</translation>
    </message>
    <message>
        <source>The templates of which region (system-wide ones show in every region)</source>
        <translation>Région dont afficher les gabarits (les gabarits système s’affichent dans toutes les régions)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Generate the configuration files of the phones this template serves</source>
        <translation>Générer les fichiers de configuration des téléphones servis par ce gabarit</translation>
    </message>
    <message>
        <source>The phones whose last generated file left placeholders without a value</source>
        <translation>Téléphones dont le dernier fichier généré a laissé des espaces réservés sans valeur</translation>
    </message>
    <message>
        <source>No template is stored: every phone gets the shipped default of its model. Add Template starts from it.</source>
        <translation>Aucun gabarit enregistré&#xa0;: chaque téléphone reçoit le gabarit d’origine de son modèle. «&#xa0;Ajouter un gabarit&#xa0;» part de celui-ci.</translation>
    </message>
    <message>
        <source>Template %1 saved in the outbox: it is sent when the server answers again.</source>
        <translation>Gabarit %1 enregistré dans la boîte d’envoi&#xa0;: il sera envoyé dès que le serveur répondra de nouveau.</translation>
    </message>
    <message>
        <source>Template %1 was changed on the server meanwhile: compare and choose in the window that opened.</source>
        <translation>Le gabarit %1 a été modifié entre-temps sur le serveur&#xa0;: comparez et choisissez dans la fenêtre qui s’est ouverte.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Gabarit %1 enregistré.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Template %1 added.</source>
        <translation>Gabarit %1 ajouté.</translation>
    </message>
    <message>
        <source>Opening the template failed: %1</source>
        <translation>Échec de l’ouverture du gabarit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>Cloner %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>&amp;Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>The copy takes both files and the template&apos;s placeholders.</source>
        <translation>La copie reprend les deux fichiers et les espaces réservés du gabarit.</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>La copie doit avoir un nom.</translation>
    </message>
    <message>
        <source>Delete %1? It is the default of its region: its phones fall back to the system-wide template of their model.</source>
        <translation>Supprimer %1&#xa0;? C’est le gabarit par défaut de sa région&#xa0;: ses téléphones se rabattent sur le gabarit système de leur modèle.</translation>
    </message>
    <message>
        <source>Delete the template %1 and its placeholders?</source>
        <translation>Supprimer le gabarit %1 et ses espaces réservés&#xa0;?</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Gabarit %1 supprimé.</translation>
    </message>
    <message>
        <source>Restore to Default</source>
        <translation>Rétablir par défaut</translation>
    </message>
    <message>
        <source>Replace both files of %1 with the shipped default for %2 phones? What was changed in them is lost (export the template first to keep it).</source>
        <translation>Remplacer les deux fichiers de %1 par le gabarit d’origine des téléphones %2&#xa0;? Les modifications qu’ils contiennent seront perdues (exportez d’abord le gabarit pour les conserver).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Rétablissement de %1</translation>
    </message>
    <message>
        <source>%1 restored to the shipped default.</source>
        <translation>%1 rétabli au gabarit d’origine.</translation>
    </message>
    <message>
        <source>The phones could not be listed: %1</source>
        <translation>Impossible de lister les téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>No %1 phone in %2: nothing to generate.</source>
        <translation>Aucun téléphone %1 dans %2&#xa0;: rien à générer.</translation>
    </message>
    <message>
        <source>No %1 phone: nothing to generate.</source>
        <translation>Aucun téléphone %1&#xa0;: rien à générer.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n file(s) changed</source>
        <translation>
            <numerusform>Généré&#xa0;: %n fichier modifié</numerusform>
            <numerusform>Généré&#xa0;: %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n inchangé</numerusform>
            <numerusform>, %n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see the Jobs panel)</source>
        <translation>
            <numerusform>, %n en échec (voir le panneau des tâches)</numerusform>
            <numerusform>, %n en échec (voir le panneau des tâches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>, %n avec des espaces réservés non résolus (voir «&#xa0;Espaces réservés non résolus…&#xa0;»)</numerusform>
            <numerusform>, %n avec des espaces réservés non résolus (voir «&#xa0;Espaces réservés non résolus…&#xa0;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un gabarit</translation>
    </message>
    <message>
        <source>Template files (*.xml *.cfg);;All files (*)</source>
        <translation>Fichiers de gabarit (*.xml *.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in the vendor&apos;s XML (&lt;ipphonetamplate&gt;); to edit a plain cfg file, use File › Open Cfg File…</source>
        <translation>%1 n’est pas un gabarit au format XML du fournisseur (&lt;ipphonetamplate&gt;)&#xa0;; pour modifier un simple fichier cfg, utilisez Fichier › Ouvrir un fichier cfg…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>%1 imported as the template %2.</source>
        <translation>%1 importé comme gabarit %2.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le gabarit</translation>
    </message>
    <message>
        <source>Template files (*.xml)</source>
        <translation>Fichiers de gabarit (*.xml)</translation>
    </message>
    <message>
        <source>No template stored for this choice: its phones get a system-wide template of their model, else the shipped default.</source>
        <translation>Aucun gabarit enregistré pour ce choix&#xa0;: ses téléphones reçoivent un gabarit système de leur modèle, sinon le gabarit d’origine.</translation>
    </message>
    <message>
        <source>No template stored: every phone gets the shipped default of its model. Add one to change what phones of a model, or of a region, get.</source>
        <translation>Aucun gabarit enregistré&#xa0;: chaque téléphone reçoit le gabarit d’origine de son modèle. Ajoutez-en un pour changer ce que reçoivent les téléphones d’un modèle ou d’une région.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Gabarits</translation>
    </message>
</context>
<context>
    <name>UnresolvedPhonesDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Phones with Unresolved Placeholders</source>
        <translation>Téléphones avec espaces réservés non résolus</translation>
    </message>
    <message>
        <source>Nothing gives these placeholders a value for these phones, so the lines that use them were left out of the phones&apos; files or set to the parameter&apos;s default. Give them a value at the device, site, region, template or system level (Placeholders page), then generate the files again.</source>
        <translation>Rien ne donne de valeur à ces espaces réservés pour ces téléphones&#xa0;: les lignes qui les utilisent ont donc été omises des fichiers des téléphones ou mises à la valeur par défaut du paramètre. Donnez-leur une valeur au niveau appareil, site, région, gabarit ou système (page Espaces réservés), puis régénérez les fichiers.</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Gabarit %1</translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>Tous les gabarits</translation>
    </message>
    <message>
        <source>Shipped default templates</source>
        <translation>Gabarits d’origine</translation>
    </message>
    <message>
        <source>Phones of</source>
        <translation>Téléphones de</translation>
    </message>
    <message>
        <source>&amp;Phones of:</source>
        <translation>&amp;Téléphones de&#xa0;:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Modèle de téléphone</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>Espaces réservés non résolus</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Reading the phones…</source>
        <translation>Lecture des téléphones…</translation>
    </message>
    <message>
        <source>(shipped default)</source>
        <translation>(gabarit d’origine)</translation>
    </message>
    <message>
        <source>(removed template)</source>
        <translation>(gabarit supprimé)</translation>
    </message>
    <message>
        <source>No phone&apos;s file has an unresolved placeholder.</source>
        <translation>Aucun fichier de téléphone n’a d’espace réservé non résolu.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n phones are listed.</source>
        <translation>
            <numerusform>Les %1 premiers sur %n téléphone sont listés.</numerusform>
            <numerusform>Les %1 premiers sur %n téléphones sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) with unresolved placeholders.</source>
        <translation>
            <numerusform>%n téléphone avec des espaces réservés non résolus.</numerusform>
            <numerusform>%n téléphones avec des espaces réservés non résolus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the phones failed: %1</source>
        <translation>Échec de la lecture des téléphones&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UserImportWizard</name>
    <message>
        <source>the file is %1; at most %2 are read</source>
        <translation>le fichier fait %1&#xa0;; %2 au maximum sont lus</translation>
    </message>
    <message>
        <source>&amp;Create the regions the file names that do not exist yet</source>
        <translation>&amp;Créer les régions citées dans le fichier qui n’existent pas encore</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Raison du rejet</translation>
    </message>
    <message>
        <source>Import Users and Phones</source>
        <translation>Importer des utilisateurs et téléphones</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A users and phones file as the vendor&apos;s console exports it: Name, Password, Display Name, Region, then Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model and so on.</source>
        <translation>Un fichier d’utilisateurs et de téléphones tel que l’exporte la console du fournisseur&#xa0;: Name, Password, Display Name, Region, puis Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model, etc.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Users and phones file</source>
        <translation>Fichier d’utilisateurs et de téléphones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Check the Lines</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Lines with a problem are shown in red and are not imported; the others are sent when you go on.</source>
        <translation>Les lignes avec un problème s’affichent en rouge et ne sont pas importées&#xa0;; les autres sont envoyées quand vous continuez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>The server imports the lines in batches of %1; each batch is all or nothing.</source>
        <translation>Le serveur importe les lignes par lots de %1&#xa0;; chaque lot est importé entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not a users and phones file: %1</source>
        <translation>Ce n’est pas un fichier d’utilisateurs et de téléphones&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read; %1 with a problem.</source>
        <translation>
            <numerusform>%n ligne lue&#xa0;; %1 avec un problème.</numerusform>
            <numerusform>%n lignes lues&#xa0;; %1 avec un problème.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m lines</source>
        <translation>%v sur %m lignes</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>Les %n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines have a problem and will be left out; %3 can be imported.</source>
        <translation>%1 lignes sur %2 ont un problème et seront omises&#xa0;; %3 peuvent être importées.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be imported otherwise than written (shown in amber: read why).</source>
        <translation>
            <numerusform>%n ligne sera importée autrement qu’écrite (en orange&#xa0;: lisez pourquoi).</numerusform>
            <numerusform>%n lignes seront importées autrement qu’écrites (en orange&#xa0;: lisez pourquoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>non connecté à un serveur</translation>
    </message>
    <message>
        <source>Sending lines %1 to %2…</source>
        <translation>Envoi des lignes %1 à %2…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n line(s):</source>
        <translation>
            <numerusform>Lignes importées&#xa0;: %1 sur %n&#xa0;:</numerusform>
            <numerusform>Lignes importées&#xa0;: %1 sur %n&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n utilisateur ajouté</numerusform>
            <numerusform>%n utilisateurs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n téléphone ajouté</numerusform>
            <numerusform>%n téléphones ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) added.</source>
        <translation>
            <numerusform>%n région ajoutée.</numerusform>
            <numerusform>%n régions ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n line(s).</source>
        <translation>
            <numerusform>Non importée&#xa0;: %n ligne.</numerusform>
            <numerusform>Non importées&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add User…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Edit User…</source>
        <translation>Modifier l’utilisateur…</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Supprimer l’utilisateur…</translation>
    </message>
    <message>
        <source>Add Phone to User…</source>
        <translation>Ajouter un téléphone à l’utilisateur…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Export Users File…</source>
        <translation>Exporter le fichier des utilisateurs…</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>Rechercher par utilisateur ou nom affiché</translation>
    </message>
    <message>
        <source>Add or update users and their phones from a CSV file, line by line checked first</source>
        <translation>Ajouter ou mettre à jour des utilisateurs et leurs téléphones depuis un fichier CSV, vérifié d’abord ligne par ligne</translation>
    </message>
    <message>
        <source>The users and phones file, as Import reads it (without passwords)</source>
        <translation>Le fichier des utilisateurs et téléphones, tel que l’import le lit (sans mots de passe)</translation>
    </message>
    <message>
        <source>Phone (MAC)</source>
        <translation>Téléphone (MAC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>The user&apos;s phones</source>
        <translation>Téléphones de l’utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>SIP password set</source>
        <translation>Mot de passe SIP défini</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>Supprimer %n utilisateur…</numerusform>
            <numerusform>Supprimer %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Modifier l’utilisateur %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>leave empty to keep the current one</source>
        <translation>laisser vide pour conserver l’actuel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>SIP &amp;password:</source>
        <translation>Mot de &amp;passe SIP&#xa0;:</translation>
    </message>
    <message>
        <source>A user needs a name (the phones&apos; sign-in name).</source>
        <translation>Un utilisateur doit avoir un nom (le nom de connexion des téléphones).</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 128 characters.</source>
        <translation>Un nom d’utilisateur ne contient pas d’espace et compte au plus 128 caractères.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>Utilisateur %1 modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n phone(s) too (else they stay, without a user)</source>
        <translation>
            <numerusform>Supprimer aussi %n téléphone (sinon, il reste sans utilisateur)</numerusform>
            <numerusform>Supprimer aussi leurs %n téléphones (sinon, ils restent sans utilisateur)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Supprimer l’utilisateur %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>Supprimer %n utilisateur&#xa0;?</numerusform>
            <numerusform>Supprimer %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>%n utilisateur supprimé.</numerusform>
            <numerusform>%n utilisateurs supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Phone to %1</source>
        <translation>Ajouter un téléphone à %1</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>Adresse &amp;MAC&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odèle&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hexadecimal digits, with or without separators).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse MAC (12 chiffres hexadécimaux, avec ou sans séparateurs).</translation>
    </message>
    <message>
        <source>Phone %1 added.</source>
        <translation>Téléphone %1 ajouté.</translation>
    </message>
    <message>
        <source>Save the users and phones file</source>
        <translation>Enregistrer le fichier des utilisateurs et téléphones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the users</source>
        <translation>Export des utilisateurs</translation>
    </message>
    <message>
        <source>The users and phones were saved to %1.</source>
        <translation>Les utilisateurs et téléphones ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer le fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No user yet. Add them one by one, or import the users file of the vendor&apos;s server (Import CSV…) with their phones.</source>
        <translation>Aucun utilisateur pour l’instant. Ajoutez-les un par un, ou importez avec leurs téléphones le fichier des utilisateurs du serveur du fournisseur (Importer un CSV…).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>VendorImportWizard</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the server takes an export of at most %3.</source>
        <translation>%1 fait %2&#xa0;; le serveur accepte un export de %3 au plus.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Impossible d’importer ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read: templates %1, tenants %2, sites %3.</source>
        <translation>Lu&#xa0;: gabarits %1, tenants %2, sites %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%n partie est illisible et sera ignorée.</numerusform>
            <numerusform>%n parties sont illisibles et seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>&amp;Afficher les inchangés</translation>
    </message>
    <message>
        <source>Import from the Vendor&apos;s Server</source>
        <translation>Importer depuis le serveur du fournisseur</translation>
    </message>
    <message>
        <source>Choose the Vendor&apos;s Export</source>
        <translation>Choisir l’export du fournisseur</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, after the server has shown what it would do.</source>
        <translation>Rien n’est écrit avant que vous cliquiez sur Importer, une fois que le serveur a montré ce qu’il ferait.</translation>
    </message>
    <message>
        <source>The vendor&apos;s IP Phone Management Server exports its whole configuration as one zip file: its templates, tenants, sites, placeholders and system settings. Tenants become regions; templates keep their name, description, region and default mark; placeholder values go to their level; system settings become system values.</source>
        <translation>L’IP Phone Management Server du fournisseur exporte toute sa configuration dans un seul fichier zip&#xa0;: gabarits, tenants, sites, espaces réservés et paramètres système. Les tenants deviennent des régions&#xa0;; les gabarits gardent leur nom, leur description, leur région et leur marque «&#xa0;par défaut&#xa0;»&#xa0;; les valeurs d’espaces réservés vont à leur niveau&#xa0;; les paramètres système deviennent des valeurs système.</translation>
    </message>
    <message>
        <source>the export&apos;s zip file</source>
        <translation>le fichier zip de l’export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The vendor&apos;s configuration export</source>
        <translation>Export de configuration du fournisseur</translation>
    </message>
    <message>
        <source>Vendor configuration export (*.zip);;All files (*)</source>
        <translation>Export de configuration du fournisseur (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Which Tenant Is Each Id?</source>
        <translation>Quel tenant correspond à chaque ID&#xa0;?</translation>
    </message>
    <message>
        <source>The vendor&apos;s Templates.csv names the tenant of each template by a numeric id (TENANT_ID) that Tenants.csv does not list. Choose the tenant each id stands for, or skip its templates.</source>
        <translation>Le fichier Templates.csv du fournisseur désigne le tenant de chaque gabarit par un ID numérique (TENANT_ID) que Tenants.csv ne liste pas. Choisissez le tenant que représente chaque ID, ou ignorez ses gabarits.</translation>
    </message>
    <message>
        <source>What the Import Would Do</source>
        <translation>Ce que ferait l’import</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is the server&apos;s dry run. Skipped rows (in amber) are not imported; point at one to read why. Import writes all the rest in one go: all or nothing.</source>
        <translation>Rien n’a encore été écrit&#xa0;: ceci est la simulation du serveur. Les lignes ignorées (en orange) ne sont pas importées&#xa0;; pointez-en une pour savoir pourquoi. Importer écrit tout le reste en une fois&#xa0;: tout ou rien.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>The server imports the export in one transaction: if anything fails, nothing is written.</source>
        <translation>Le serveur importe l’export en une seule transaction&#xa0;: en cas d’échec, rien n’est écrit.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Asking the server what the import would do…</source>
        <translation>Demande au serveur de ce que ferait l’import…</translation>
    </message>
    <message>
        <source>Not connected to a server: connect first (File › Connect to Server…).</source>
        <translation>Non connecté à un serveur&#xa0;: connectez-vous d’abord (Fichier › Se connecter au serveur…).</translation>
    </message>
    <message>
        <source>Only an administrator who may administer the whole system can import the vendor&apos;s export.</source>
        <translation>Seul un administrateur autorisé à administrer tout le système peut importer l’export du fournisseur.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s file first.</source>
        <translation>Choisissez d’abord le fichier de l’export.</translation>
    </message>
    <message>
        <source>The server cannot import this file: %1</source>
        <translation>Le serveur ne peut pas importer ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server could not say what the import would do: %1</source>
        <translation>Le serveur n’a pas pu indiquer ce que ferait l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go on to see what the import would do.</source>
        <translation>Continuez pour voir ce que ferait l’import.</translation>
    </message>
    <message numerus="yes">
        <source>Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which tenant each one is.</source>
        <translation>
            <numerusform>Templates.csv cite %n ID de tenant que Tenants.csv ne liste pas&#xa0;: continuez pour indiquer à quel tenant il correspond.</numerusform>
            <numerusform>Templates.csv cite %n ID de tenant que Tenants.csv ne liste pas&#xa0;: continuez pour indiquer à quel tenant correspond chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server what the import would do with these tenants…</source>
        <translation>Demande au serveur de ce que ferait l’import avec ces tenants…</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>Choisir un tenant…</translation>
    </message>
    <message>
        <source>%1 (a region of this server)</source>
        <translation>%1 (une région de ce serveur)</translation>
    </message>
    <message>
        <source>Skip its templates</source>
        <translation>Ignorer ses gabarits</translation>
    </message>
    <message>
        <source>TENANT_ID %1</source>
        <translation>TENANT_ID %1</translation>
    </message>
    <message>
        <source>Its templates: %1</source>
        <translation>Ses gabarits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every template&apos;s tenant is known.</source>
        <translation>Le tenant de chaque gabarit est connu.</translation>
    </message>
    <message>
        <source>TENANT_ID %1 holds &apos;,&apos; or &apos;=&apos;, which cannot be sent to the server: skip its templates.</source>
        <translation>TENANT_ID %1 contient «&#xa0;,&#xa0;» ou «&#xa0;=&#xa0;», impossibles à envoyer au serveur&#xa0;: ignorez ses gabarits.</translation>
    </message>
    <message>
        <source>“%1” holds a comma, which cannot be sent to the server as a tenant: skip the templates of TENANT_ID %2, or rename the tenant in the vendor&apos;s server.</source>
        <translation>«&#xa0;%1&#xa0;» contient une virgule, impossible à envoyer au serveur comme tenant&#xa0;: ignorez les gabarits de TENANT_ID %2, ou renommez le tenant sur le serveur du fournisseur.</translation>
    </message>
    <message>
        <source>Skipped: not imported</source>
        <translation>Ignoré&#xa0;: non importé</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 skipped.</source>
        <translation>%1 à créer, %2 à modifier, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>The server already holds everything this export would bring.</source>
        <translation>Le serveur contient déjà tout ce qu’apporterait cet export.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The server is importing the export…</source>
        <translation>Le serveur importe l’export…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Imported from the vendor&apos;s export: %1 created, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation>Importé depuis l’export du fournisseur&#xa0;: %1 créés, %2 modifiés, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>What was skipped was not imported (the preview said why).</source>
        <translation>Ce qui a été ignoré n’a pas été importé (l’aperçu indiquait pourquoi).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The import is all or nothing: look at the regions and templates to see whether it was done before importing again.</source>
        <translation>Le serveur n’a pas répondu&#xa0;: %1. L’import est tout ou rien&#xa0;: consultez les régions et les gabarits pour voir s’il a eu lieu avant d’importer de nouveau.</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>il a répondu %1</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <source>The server refused the import: %1. Nothing was imported.</source>
        <translation>Le serveur a refusé l’import&#xa0;: %1. Rien n’a été importé.</translation>
    </message>
</context>
</TS>
