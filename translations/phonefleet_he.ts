<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ActionOptionsDialog</name>
    <message>
        <source>The phones restart, in batches; calls on a phone reset by force are cut.</source>
        <translation>הטלפונים מאותחלים באצוות; שיחות בטלפון שמאותחל בכפייה מנותקות.</translation>
    </message>
    <message>
        <source>The phones download the image and restart to install it, in batches.</source>
        <translation>הטלפונים מורידים את התמונה ומאותחלים כדי להתקין אותה, באצוות.</translation>
    </message>
    <message>
        <source>The phones, their values and their generated files are removed from the server. This cannot be undone.</source>
        <translation>הטלפונים, הערכים שלהם והקבצים שהופקו עבורם יוסרו מהשרת. לא ניתן לבטל פעולה זו.</translation>
    </message>
    <message>
        <source>The phones provision again from the new region&apos;s folder.</source>
        <translation>הטלפונים יעברו הקצאה מחדש מהתיקייה של האזור החדש.</translation>
    </message>
    <message>
        <source>Until a phone has fetched its file once, any host in its region&apos;s provisioning subnets that names its MAC address gets its file with the SIP password. Allow it only for phones that were reset to factory defaults, for as short as you can.</source>
        <translation>עד שטלפון מוריד את הקובץ שלו פעם אחת, כל מארח ברשתות המשנה להקצאה של האזור שלו שמציין את כתובת ה-MAC שלו יקבל את הקובץ, כולל סיסמת ה-SIP. יש להתיר זאת רק לטלפונים שאופסו להגדרות היצרן, ולזמן הקצר ביותר האפשרי.</translation>
    </message>
    <message>
        <source>&amp;Generate the phones&apos; configuration files first</source>
        <translation>ה&amp;פקת קובצי התצורה של הטלפונים תחילה</translation>
    </message>
    <message>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;תוך:</translation>
    </message>
    <message>
        <source>&amp;Graceful: when the phone is idle (no call)</source>
        <translation>&amp;מסודר: כשהטלפון פנוי (ללא שיחה)</translation>
    </message>
    <message>
        <source>&amp;Force: now, even during a call</source>
        <translation>&amp;כפוי: מיד, גם במהלך שיחה</translation>
    </message>
    <message>
        <source>&amp;Scheduled: at</source>
        <translation>מ&amp;תוזמן: בשעה</translation>
    </message>
    <message>
        <source>Reset time</source>
        <translation>מועד האתחול</translation>
    </message>
    <message>
        <source>What the phones&apos; screens show</source>
        <translation>מה שיוצג במסכי הטלפונים</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>&amp;Beep</source>
        <translation>&amp;צפצוף</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;הודעה:</translation>
    </message>
    <message>
        <source>&amp;Shown for:</source>
        <translation>מ&amp;שך הצגה:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s firmware files…</source>
        <translation>טוען את קובצי הקושחה מהשרת…</translation>
    </message>
    <message>
        <source>&amp;Firmware image:</source>
        <translation>&amp;תמונת קושחה:</translation>
    </message>
    <message>
        <source>The firmware files cannot be listed: %1</source>
        <translation>לא ניתן לטעון את רשימת קובצי הקושחה: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>The server has no firmware files: upload one first</source>
        <translation>בשרת אין קובצי קושחה: יש להעלות קובץ תחילה</translation>
    </message>
    <message>
        <source> phones</source>
        <translation> טלפונים</translation>
    </message>
    <message>
        <source>Phones restarted together: no more are without service at once.</source>
        <translation>טלפונים שמאותחלים יחד: לא יותר מזה נמצאים ללא שירות בו-זמנית.</translation>
    </message>
    <message>
        <source>&amp;Batches of:</source>
        <translation>&amp;גודל אצווה:</translation>
    </message>
    <message>
        <source>Time for a batch to come back and register before the next one restarts.</source>
        <translation>הזמן שניתן לאצווה לחזור ולהירשם לפני שהאצווה הבאה מאותחלת.</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;השהיה בין אצוות:</translation>
    </message>
    <message>
        <source>At most a share of each &amp;region&apos;s phones in one batch:</source>
        <translation>לכל היותר חלק מטלפוני כל &amp;אזור באצווה אחת:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of each region&apos;s phones in one batch</source>
        <translation>חלק מטלפוני כל אזור באצווה אחת</translation>
    </message>
    <message>
        <source>A scheduled reset restarts every phone at the time set: no share per batch can hold.</source>
        <translation>אתחול מתוזמן מאתחל את כל הטלפונים במועד שנקבע: לא ניתן להגביל חלק לכל אצווה.</translation>
    </message>
    <message>
        <source>Of each region&apos;s phones, all of them, not only these: the rest of a region keeps working while a batch restarts. A region always restarts at least one phone a batch.</source>
        <translation>מתוך כל טלפוני האזור, לא רק אלה: שאר האזור ממשיך לעבוד בזמן שאצווה מאותחלת. בכל אצווה מאותחל לפחות טלפון אחד מכל אזור.</translation>
    </message>
    <message>
        <source>There is no region you may change</source>
        <translation>אין אזור שבאפשרותך לשנות</translation>
    </message>
    <message>
        <source>Approve into &amp;region:</source>
        <translation>אישור ל&amp;אזור:</translation>
    </message>
    <message>
        <source>Move to &amp;region:</source>
        <translation>העברה ל&amp;אזור:</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>פחות מדקה</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>כדקה</numerusform>
            <numerusform>כ-%n דקות</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>כ-%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>batches of up to %1 phones, %2 s apart, at most %3 % of each region&apos;s phones a batch</source>
        <translation>אצוות של עד %1 טלפונים, בהפרש %2 שנ׳, לכל היותר %3 % מטלפוני כל אזור באצווה</translation>
    </message>
    <message numerus="yes">
        <source> (%n batch(es))</source>
        <translation>
            <numerusform> (אצווה אחת)</numerusform>
            <numerusform> (%n אצוות)</numerusform>
        </translation>
    </message>
    <message>
        <source>batches of %1 phones, %2 s apart, so that few phones are down at once</source>
        <translation>אצוות של %1 טלפונים, בהפרש %2 שנ׳, כך שמעט טלפונים מושבתים בו-זמנית</translation>
    </message>
    <message>
        <source>one phone after another, on the server</source>
        <translation>טלפון אחר טלפון, בשרת</translation>
    </message>
    <message>
        <source>%1 s between two phones (the server&apos;s delay between installs)</source>
        <translation>%1 שנ׳ בין שני טלפונים (ההשהיה של השרת בין התקנות)</translation>
    </message>
    <message>
        <source>%1 phones at once</source>
        <translation>%1 טלפונים בו-זמנית</translation>
    </message>
    <message>
        <source>Takes %1: %2.</source>
        <translation>משך: %1; %2.</translation>
    </message>
    <message>
        <source>The time of a scheduled reset must be in the future.</source>
        <translation>מועד האתחול המתוזמן חייב להיות בעתיד.</translation>
    </message>
    <message>
        <source>Type the message the phones show.</source>
        <translation>יש להקליד את ההודעה שהטלפונים יציגו.</translation>
    </message>
    <message>
        <source>Choose a firmware image.</source>
        <translation>יש לבחור תמונת קושחה.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>יש לבחור אזור.</translation>
    </message>
</context>
<context>
    <name>AdminsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>מנהל-על</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>מנהל אזורי</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>מפעיל</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>ניטור</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>מוסתר</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>רמות</translation>
    </message>
    <message>
        <source>Operator in every region</source>
        <translation>מפעיל בכל האזורים</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>ללא אזור</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>נעול</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>כניסות שנכשלו</translation>
    </message>
    <message>
        <source>Add Administrator…</source>
        <translation>הוספת מנהל…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ביטול נעילה</translation>
    </message>
    <message>
        <source>Change My Password…</source>
        <translation>שינוי הסיסמה שלי…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>חיפוש לפי שם</translation>
    </message>
    <message>
        <source>Only system administrators manage accounts; you may change your own password.</source>
        <translation>רק מנהלי המערכת מנהלים חשבונות; באפשרותך לשנות את הסיסמה שלך.</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>הוספת מנהל</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>לפחות %1 תווים</translation>
    </message>
    <message>
        <source>leave empty to keep it; a new one ends the account&apos;s sessions</source>
        <translation>ריק: ללא שינוי; סיסמה חדשה מסיימת את ההפעלות של החשבון</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;תפקיד:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Levels per region:</source>
        <translation>רמות לפי אזור:</translation>
    </message>
    <message>
        <source>An administrator needs a name to sign in with.</source>
        <translation>מנהל צריך שם כדי להיכנס.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>סיסמה מכילה לפחות %1 תווים.</translation>
    </message>
    <message>
        <source>Administrator %1 added.</source>
        <translation>המנהל %1 נוסף.</translation>
    </message>
    <message>
        <source>Administrator %1 changed.</source>
        <translation>המנהל %1 שונה.</translation>
    </message>
    <message>
        <source>Delete the administrator %1? Their sessions end at once.</source>
        <translation>למחוק את המנהל %1? ההפעלות שלו יסתיימו מיד.</translation>
    </message>
    <message>
        <source>Administrator %1 deleted.</source>
        <translation>המנהל %1 נמחק.</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>ביטול הנעילה של %1</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>הכניסה מותרת שוב ל-%1.</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>שינוי הסיסמה שלי</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>הסיסמה ה&amp;נוכחית:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>הסיסמה ה&amp;חדשה:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;אימות הסיסמה:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>שתי הסיסמאות החדשות שונות זו מזו.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>הסיסמה שלך שונתה; שאר ההפעלות שלך הסתיימו.</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>מנהלים</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>התראה</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>כתובת IP</translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation>ניקוי התראה</translation>
    </message>
    <message>
        <source>Search by alarm name, MAC or IP address</source>
        <translation>חיפוש לפי שם התראה, MAC או כתובת IP</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>התראות פעילות</translation>
    </message>
    <message>
        <source>History (cleared)</source>
        <translation>היסטוריה (נוקו)</translation>
    </message>
    <message>
        <source>All alarms</source>
        <translation>כל ההתראות</translation>
    </message>
    <message>
        <source>Which alarms</source>
        <translation>אילו התראות</translation>
    </message>
    <message>
        <source>Clear the selected active alarms by hand (they stay in the history)</source>
        <translation>ניקוי ידני של ההתראות הפעילות שנבחרו (הן נשארות בהיסטוריה)</translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>יש לבחור התראה כדי לראות את פרטיה.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Alarm(s)</source>
        <translation>
            <numerusform>ניקוי התראה אחת</numerusform>
            <numerusform>ניקוי %n התראות</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring: you may see alarms but not clear them</source>
        <translation>ניטור: ניתן לצפות בהתראות אך לא לנקות אותן</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>פעילה</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>נוקתה</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>סיבה אפשרית</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>מידע נוסף</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>מועד הופעה</translation>
    </message>
    <message>
        <source>Alarm id</source>
        <translation>מזהה התראה</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared.</source>
        <translation>
            <numerusform>התראה אחת נוקתה.</numerusform>
            <numerusform>%n התראות נוקו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) cleared; the others were not: %1</source>
        <translation>
            <numerusform>התראה אחת נוקתה; האחרות לא: %1</numerusform>
            <numerusform>%n התראות נוקו; האחרות לא: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active alarm. Phones send their alarms here (this server is their alarm server); cleared ones are under History.</source>
        <translation>אין התראות פעילות. הטלפונים שולחים לכאן את ההתראות שלהם (שרת זה הוא שרת ההתראות שלהם); התראות שנוקו מופיעות בהיסטוריה.</translation>
    </message>
    <message>
        <source>No alarm in this list. Phones send their alarms here (this server is their alarm server).</source>
        <translation>אין התראות ברשימה זו. הטלפונים שולחים לכאן את ההתראות שלהם (שרת זה הוא שרת ההתראות שלהם).</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>התראות</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>בדיקת המצב של טלפון אחד</numerusform>
            <numerusform>בדיקת המצב של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)…</source>
        <translation>
            <numerusform>שינוי האזור של טלפון אחד…</numerusform>
            <numerusform>שינוי האזור של %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)…</source>
        <translation>
            <numerusform>עדכון הקושחה של טלפון אחד…</numerusform>
            <numerusform>עדכון הקושחה של %n טלפונים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Web Admin</source>
        <translation>פתיחת ממשק הניהול</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s)…</source>
        <translation>
            <numerusform>אתחול טלפון אחד…</numerusform>
            <numerusform>אתחול %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)…</source>
        <translation>
            <numerusform>עדכון התצורה של טלפון אחד…</numerusform>
            <numerusform>עדכון התצורה של %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)…</source>
        <translation>
            <numerusform>שליחת הודעה לטלפון אחד…</numerusform>
            <numerusform>שליחת הודעה ל-%n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)…</source>
        <translation>
            <numerusform>אישור טלפון אחד…</numerusform>
            <numerusform>אישור %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)…</source>
        <translation>
            <numerusform>מחיקת טלפון אחד…</numerusform>
            <numerusform>מחיקת %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>הפקת קובצי התצורה של טלפון אחד</numerusform>
            <numerusform>הפקת קובצי התצורה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)…</source>
        <translation>
            <numerusform>התרת פנייה ראשונה לטלפון אחד…</numerusform>
            <numerusform>התרת פנייה ראשונה ל-%n טלפונים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>בדיקת מצב</translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation>שינוי אזור…</translation>
    </message>
    <message>
        <source>Update Firmware…</source>
        <translation>עדכון קושחה…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>אתחול…</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>עדכון תצורה…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>שליחת הודעה…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>אישור…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Generate Configuration Files</source>
        <translation>הפקת קובצי תצורה</translation>
    </message>
    <message>
        <source>Allow First Contact…</source>
        <translation>התרת פנייה ראשונה…</translation>
    </message>
    <message>
        <source>Asks the phones to report their status now.</source>
        <translation>מבקש מהטלפונים לדווח על מצבם עכשיו.</translation>
    </message>
    <message>
        <source>Moves the phones to another region; they fetch that region&apos;s configuration.</source>
        <translation>מעביר את הטלפונים לאזור אחר; הם מורידים את התצורה של אותו אזור.</translation>
    </message>
    <message>
        <source>Sends the phones a firmware image of the server; they restart to install it, in batches.</source>
        <translation>שולח לטלפונים תמונת קושחה מהשרת; הם מאותחלים כדי להתקין אותה, באצוות.</translation>
    </message>
    <message>
        <source>Opens the phone&apos;s own web administration page (HTTPS) in your browser.</source>
        <translation>פותח בדפדפן את דף הניהול באינטרנט של הטלפון עצמו (HTTPS).</translation>
    </message>
    <message>
        <source>Restarts the phones: when idle (graceful), at once (force) or at a set time.</source>
        <translation>מאתחל את הטלפונים: כשהם פנויים (מסודר), מיד (כפוי) או במועד שנקבע.</translation>
    </message>
    <message>
        <source>Asks the phones to download and apply their configuration file again.</source>
        <translation>מבקש מהטלפונים להוריד ולהחיל שוב את קובץ התצורה שלהם.</translation>
    </message>
    <message>
        <source>Shows a message on the phones&apos; screens for a number of seconds.</source>
        <translation>מציג הודעה במסכי הטלפונים למשך מספר שניות.</translation>
    </message>
    <message>
        <source>Lets phones waiting for approval in, into a region.</source>
        <translation>מאשר טלפונים שממתינים לאישור ומכניס אותם לאזור.</translation>
    </message>
    <message>
        <source>Removes the phones, their values and their generated files from the server.</source>
        <translation>מסיר מהשרת את הטלפונים, את הערכים שלהם ואת הקבצים שהופקו עבורם.</translation>
    </message>
    <message>
        <source>Generates the phones&apos; configuration files from their templates now.</source>
        <translation>מפיק עכשיו את קובצי התצורה של הטלפונים מהתבניות שלהם.</translation>
    </message>
    <message>
        <source>Lets phones reset to factory defaults get their configuration file once more without credentials, from their region&apos;s provisioning subnets, within a time you choose.</source>
        <translation>מאפשר לטלפונים שאופסו להגדרות היצרן לקבל שוב את קובץ התצורה שלהם ללא פרטי כניסה, מרשתות המשנה להקצאה של האזור שלהם, בתוך פרק זמן לבחירתך.</translation>
    </message>
    <message>
        <source>Select one or more phones first.</source>
        <translation>יש לבחור תחילה טלפון אחד או יותר.</translation>
    </message>
    <message>
        <source>Select exactly one phone.</source>
        <translation>יש לבחור טלפון אחד בדיוק.</translation>
    </message>
    <message>
        <source>This phone has not reported an IP address yet.</source>
        <translation>טלפון זה עדיין לא דיווח על כתובת IP.</translation>
    </message>
    <message>
        <source>None of the selected phones is waiting for approval.</source>
        <translation>אף אחד מהטלפונים שנבחרו אינו ממתין לאישור.</translation>
    </message>
    <message>
        <source>Only system administrators approve phones.</source>
        <translation>רק מנהלי המערכת מאשרים טלפונים.</translation>
    </message>
    <message>
        <source>Your access to the selected phones&apos; regions is read-only (Monitoring).</source>
        <translation>הגישה שלך לאזורים של הטלפונים שנבחרו היא לקריאה בלבד (ניטור).</translation>
    </message>
    <message numerus="yes">
        <source>Phones in regions you may only monitor are skipped: %n of the selection.</source>
        <translation>
            <numerusform>טלפונים באזורים שבהם רמתך היא ניטור בלבד מדולגים: אחד מהנבחרים.</numerusform>
            <numerusform>טלפונים באזורים שבהם רמתך היא ניטור בלבד מדולגים: %n מהנבחרים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CfgEditor</name>
    <message>
        <source>integer, %1 to %2</source>
        <translation>מספר שלם, %1 עד %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>אחד מתוך: %1</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 או 1</translation>
    </message>
    <message>
        <source>%1, at most %2 characters</source>
        <translation>%1, עד %2 תווים</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>שורה %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;ברירת מחדל: %1</translation>
    </message>
</context>
<context>
    <name>CfgFileWindow</name>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>שמירת הקובץ בשם</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt);;All files (*)</source>
        <translation>קובצי תצורה (*.cfg *.cfx *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>חיפוש…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>בעיה אחת</numerusform>
            <numerusform>%n בעיות</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>Shown as text: %1</source>
        <translation>מוצג כטקסט: %1</translation>
    </message>
    <message>
        <source>&amp;Global File: %1</source>
        <translation>קובץ &amp;גלובלי: %1</translation>
    </message>
    <message>
        <source>&amp;Device File: %1</source>
        <translation>קובץ &amp;מכשיר: %1</translation>
    </message>
    <message>
        <source>Restored unsaved text from %1: save it to keep it.</source>
        <translation>שוחזר טקסט שלא נשמר מ-%1: יש לשמור אותו כדי שלא יאבד.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 לא נשמר: %2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>נשמר ב-%1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>ללא שם</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>לשמור את השינויים ב-%1?</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Load the rows again from the server</source>
        <translation>טעינת השורות מחדש מהשרת</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <source>Save the rows as shown (search, filters and order) as a CSV file</source>
        <translation>שמירת השורות כפי שהן מוצגות (חיפוש, מסננים וסדר) כקובץ CSV</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;אזור:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>כל האזורים</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>אין התאמות ל-&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing here in this region.</source>
        <translation>אין פריטים באזור זה.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the offline copy: the server cannot be reached</source>
        <translation>
            <numerusform>שורה אחת מהעותק הלא מקוון: אין גישה לשרת</numerusform>
            <numerusform>%n שורות מהעותק הלא מקוון: אין גישה לשרת</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>הטעינה נכשלה: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>טוען את %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>שורה אחת</numerusform>
            <numerusform>%n שורות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown — search to narrow them down</source>
        <translation>מוצגות %1 מתוך %2 — יש לחפש כדי לצמצם</translation>
    </message>
    <message>
        <source>the newest %1 of %2</source>
        <translation>%1 החדשות ביותר מתוך %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 נכשל: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not deleted: %1</source>
        <translation>
            <numerusform>שורה אחת לא נמחקה: %1</numerusform>
            <numerusform>%n שורות לא נמחקו: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>מוריד את %1</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 נשמר ב-%2.</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3</source>
        <translation>לא ניתן היה לשמור את %1 ב-%2: %3</translation>
    </message>
</context>
<context>
    <name>ConfigFilesPage</name>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>שונה</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>הופק</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>העלאה…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>הורדה…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>סינון לפי שם קובץ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>Delay between installs</source>
        <translation>השהיה בין התקנות</translation>
    </message>
    <message>
        <source>How long a bulk job (update configuration, restart, firmware) waits between two phones, unless it is given its own pacing</source>
        <translation>משך ההמתנה של משימה קבוצתית (עדכון תצורה, אתחול, קושחה) בין שני טלפונים, אלא אם נקבע לה קצב משלה</translation>
    </message>
    <message>
        <source>&amp;Delay between installs:</source>
        <translation>&amp;השהיה בין התקנות:</translation>
    </message>
    <message>
        <source>a file name has at most 128 characters</source>
        <translation>שם קובץ מכיל עד 128 תווים</translation>
    </message>
    <message>
        <source>a file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .cfg, .cfx, .txt or .xml</source>
        <translation>שם קובץ מורכב מאותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos;, ומסתיים ב-.cfg, .cfx, .txt או .xml</translation>
    </message>
    <message>
        <source>Reading the delay between installs</source>
        <translation>קורא את ההשהיה בין התקנות</translation>
    </message>
    <message>
        <source>Changing the delay between installs</source>
        <translation>משנה את ההשהיה בין התקנות</translation>
    </message>
    <message numerus="yes">
        <source>Jobs now wait %n second(s) between two phones.</source>
        <translation>
            <numerusform>משימות ממתינות עכשיו שנייה אחת בין שני טלפונים.</numerusform>
            <numerusform>משימות ממתינות עכשיו %n שניות בין שני טלפונים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a configuration file</source>
        <translation>העלאת קובץ תצורה</translation>
    </message>
    <message>
        <source>Configuration files (*.cfg *.cfx *.txt *.xml)</source>
        <translation>קובצי תצורה (*.cfg *.cfx *.txt *.xml)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>הקובץ %1 לא הועלה: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>מעלה את %1</translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation>הקובץ %1 הוחלף.</translation>
    </message>
    <message>
        <source>%1 uploaded.</source>
        <translation>הקובץ %1 הועלה.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>שמירת הקובץ</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>פותח את %1</translation>
    </message>
    <message>
        <source>Delete %1? It is generated: it comes back the next time its phones&apos; files are generated.</source>
        <translation>למחוק את %1? זהו קובץ שהופק: הוא יחזור בפעם הבאה שיופקו הקבצים של הטלפונים שלו.</translation>
    </message>
    <message>
        <source>Delete %1? Phones that include it no longer find it.</source>
        <translation>למחוק את %1? טלפונים שכוללים אותו לא ימצאו אותו עוד.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>הקובץ %1 נמחק.</translation>
    </message>
    <message>
        <source>No configuration file yet. Phones&apos; files appear here once generated (Templates › Generate, or when a phone asks); shared files can be uploaded.</source>
        <translation>אין עדיין קובצי תצורה. קובצי הטלפונים מופיעים כאן לאחר שהופקו (תבניות › הפקה, או כשטלפון מבקש); ניתן להעלות קבצים משותפים.</translation>
    </message>
    <message>
        <source>Configuration Files</source>
        <translation>קובצי תצורה</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>&amp;Forget Certificate</source>
        <translation>שכחת ה&amp;תעודה</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>חיבורים</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>שרתים</translation>
    </message>
    <message>
        <source>pf.example.net or https://pf.example.net:8443</source>
        <translation>pf.example.net או https://pf.example.net:8443</translation>
    </message>
    <message>
        <source>What you call it, e.g. Paris HQ</source>
        <translation>שם לבחירתך, למשל: מטה פריז</translation>
    </message>
    <message>
        <source>Forget the certificate accepted for this server: the next connection shows the server&apos;s certificate again, for you to check and accept.</source>
        <translation>שכחת התעודה שאושרה לשרת זה: בחיבור הבא תוצג שוב תעודת השרת, לבדיקה ולאישור.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ש&amp;רת:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;משתמש:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>תעודה:</translation>
    </message>
    <message>
        <source>Local server (this computer)</source>
        <translation>שרת מקומי (מחשב זה)</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>שרת חדש…</translation>
    </message>
    <message>
        <source>Give the connection a name, the server&apos;s address and your user name.</source>
        <translation>יש לתת לחיבור שם, ולציין את כתובת השרת ואת שם המשתמש שלך.</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>לא ניתן להשתמש בכתובת השרת: %1</translation>
    </message>
    <message>
        <source>none accepted yet (it is shown when you connect)</source>
        <translation>עדיין לא אושרה תעודה (היא מוצגת בעת החיבור)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not needed: the console talks to its own server on this computer</source>
        <translation>לא נדרשת: המסוף מתקשר עם השרת שלו במחשב זה</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>The action was refused: %1</source>
        <translation>הפעולה נדחתה: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>התחילה: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the server&apos;s answer about the signed-in account cannot be read</source>
        <translation>לא ניתן לקרוא את תשובת השרת לגבי החשבון המחובר</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>ייצוא כ-CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>שורה אחת יוצאה אל %1.</numerusform>
            <numerusform>%n שורות יוצאו אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>לא ניתן היה לשמור את הייצוא ב-%1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation>(לא ידוע)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ללא אזור)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh the Dashboard</source>
        <translation>רענון לוח המחוונים</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>רשום</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>לא רשום</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>Registered of all phones</source>
        <translation>רשומים מכלל הטלפונים</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>ממתינים לאישור</translation>
    </message>
    <message>
        <source>Open Devices Status with every phone</source>
        <translation>פתיחת מצב מכשירים עם כל הטלפונים</translation>
    </message>
    <message>
        <source>Phones per region</source>
        <translation>טלפונים לפי אזור</translation>
    </message>
    <message>
        <source>Phones per model</source>
        <translation>טלפונים לפי דגם</translation>
    </message>
    <message>
        <source>Phones per firmware version</source>
        <translation>טלפונים לפי גרסת קושחה</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>פתיחת מצב מכשירים עם טלפונים אלה</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>לא ניתן היה לרענן את לוח המחוונים: %1</translation>
    </message>
    <message>
        <source>an answer that cannot be read</source>
        <translation>תשובה שלא ניתן לקרוא</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s); updated %1</source>
        <translation>
            <numerusform>טלפון אחד; עודכן %1</numerusform>
            <numerusform>%n טלפונים; עודכן %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>לוח מחוונים</translation>
    </message>
</context>
<context>
    <name>DemoFleet</name>
    <message>
        <source>The simulator stopped (exit code %1): %2</source>
        <translation>הסימולטור נעצר (קוד יציאה %1): %2</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>הסימולטור לא הופעל: %1</translation>
    </message>
    <message>
        <source>A demo fleet is running already.</source>
        <translation>צי הדגמה כבר פועל.</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only: its phones are on this computer.</source>
        <translation>צי הדגמה פועל מול השרת המקומי בלבד: הטלפונים שלו נמצאים במחשב זה.</translation>
    </message>
    <message>
        <source>A demo fleet has 1 to 20 000 phones.</source>
        <translation>צי הדגמה כולל 1 עד 20,000 טלפונים.</translation>
    </message>
    <message>
        <source>The simulator is not installed next to PhoneFleet (%1).</source>
        <translation>הסימולטור אינו מותקן לצד PhoneFleet (%1).</translation>
    </message>
    <message>
        <source>Preparing the server…</source>
        <translation>מכין את השרת…</translation>
    </message>
    <message>
        <source>Demo fleet (phonefleet-sim)</source>
        <translation>צי הדגמה (phonefleet-sim)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n demo user(s)…</source>
        <translation>
            <numerusform>מוסיף משתמש הדגמה אחד…</numerusform>
            <numerusform>מוסיף %n משתמשי הדגמה…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulator did not give its address plan: %1</source>
        <translation>הסימולטור לא מסר את תוכנית הכתובות שלו: %1</translation>
    </message>
    <message>
        <source>Importing the demo users failed: %1</source>
        <translation>ייבוא משתמשי ההדגמה נכשל: %1</translation>
    </message>
    <message>
        <source>Generating the phones&apos; configuration files…</source>
        <translation>מפיק את קובצי התצורה של הטלפונים…</translation>
    </message>
    <message>
        <source>Generating the demo phones&apos; files failed: %1</source>
        <translation>הפקת הקבצים של טלפוני ההדגמה נכשלה: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n simulated phone(s)…</source>
        <translation>
            <numerusform>מפעיל טלפון מדומה אחד…</numerusform>
            <numerusform>מפעיל %n טלפונים מדומים…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFilterBar</name>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>מספר טלפון</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>כתובת IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Users with &amp;several phones</source>
        <translation>משתמשים עם &amp;כמה טלפונים</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>דגם</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>כל מצב</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>רשום</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>לא רשום</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Approved or pending</source>
        <translation>מאושר או ממתין</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>ממתין לאישור</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>כל האזורים</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ניקוי מסננים</translation>
    </message>
    <message>
        <source>Show every phone again</source>
        <translation>הצגת כל הטלפונים שוב</translation>
    </message>
    <message>
        <source>Model: (unknown)</source>
        <translation>דגם: (לא ידוע)</translation>
    </message>
    <message>
        <source>Version: (unknown)</source>
        <translation>גרסה: (לא ידוע)</translation>
    </message>
</context>
<context>
    <name>DevicePageDecoder</name>
    <message>
        <source>the server&apos;s answer is not JSON (%1 at byte %2)</source>
        <translation>תשובת השרת אינה JSON (%1 בבייט %2)</translation>
    </message>
    <message>
        <source>text after the end</source>
        <translation>טקסט אחרי הסוף</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of phones</source>
        <translation>תשובת השרת אינה רשימת טלפונים</translation>
    </message>
</context>
<context>
    <name>DeviceStatusText</name>
    <message>
        <source>Registered</source>
        <translation>רשום</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>לא רשום</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>הופעל</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>לא מקוון</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>לא דיווח מעולם</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>ממתין לאישור</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>מאושר</translation>
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
        <translation>%1 מאז %2; דיווח אחרון %3</translation>
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
        <translation>חיפוש משתמש, מספר טלפון, MAC, IP, דגם, קושחה, אזור, מצב…</translation>
    </message>
    <message>
        <source>Search phones</source>
        <translation>חיפוש טלפונים</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;מסננים</translation>
    </message>
    <message>
        <source>Show the smart filters</source>
        <translation>הצגת המסננים החכמים</translation>
    </message>
    <message>
        <source>Reload the List</source>
        <translation>טעינת הרשימה מחדש</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <source>Save the phones as shown (search, filters and order) as a CSV file</source>
        <translation>שמירת הטלפונים כפי שהם מוצגים (חיפוש, מסננים וסדר) כקובץ CSV</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>לא מחובר לשרת.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>טלפון אחד</numerusform>
            <numerusform>%n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n phone(s) shown</source>
        <translation>
            <numerusform>מוצגים %1 מתוך טלפון אחד</numerusform>
            <numerusform>מוצגים %1 מתוך %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, אחד נבחר</numerusform>
            <numerusform>, %n נבחרו</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>אף דפדפן לא הצליח לפתוח את %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>עמודות</translation>
    </message>
    <message>
        <source>Size Columns to Content</source>
        <translation>התאמת רוחב העמודות לתוכן</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>עמודות ברירת מחדל</translation>
    </message>
    <message>
        <source>Devices Status</source>
        <translation>מצב מכשירים</translation>
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
        <translation>מהדורה</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>דגם</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Provisioning subnets</source>
        <translation>רשתות משנה להקצאה</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>שם תצוגה</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>כתובת MAC</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>מספר סידורי</translation>
    </message>
    <message>
        <source>Model as imported</source>
        <translation>דגם כפי שיובא</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>VLAN mode</source>
        <translation>מצב VLAN</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN ID</translation>
    </message>
    <message>
        <source>VLAN priority</source>
        <translation>עדיפות VLAN</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>כתובת IP</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>רשת משנה</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>קושחה</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>סוכן משתמש</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>מספר טלפון</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Reported user</source>
        <translation>משתמש שדווח</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>דיווח אחרון</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>שינוי מצב</translation>
    </message>
    <message>
        <source>File user</source>
        <translation>משתמש הקובץ</translation>
    </message>
    <message>
        <source>File secret</source>
        <translation>סיסמת הקובץ</translation>
    </message>
    <message>
        <source>Push address</source>
        <translation>כתובת דחיפה</translation>
    </message>
    <message>
        <source>First contact allowed until</source>
        <translation>פנייה ראשונה מותרת עד</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>שם קובץ</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>תיקיית יעד</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>הצפנה</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>תוכן</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ברירת מחדל</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>מזהה ייחודי</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>מכשיר</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>סיבה אפשרית</translation>
    </message>
    <message>
        <source>Additional information 1</source>
        <translation>מידע נוסף 1</translation>
    </message>
    <message>
        <source>Additional information 2</source>
        <translation>מידע נוסף 2</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>מועד הופעה</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>מועד ניקוי</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>יומן</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>קצב</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>גיבוב הסיסמה</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>הועלה</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>טביעת אצבע</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>מצייני מיקום לא פתורים</translation>
    </message>
    <message>
        <source>Disconnect timeout (minutes)</source>
        <translation>זמן עד ניתוק (דקות)</translation>
    </message>
    <message>
        <source>Administrator session (seconds)</source>
        <translation>תוקף כניסת מנהל (שניות)</translation>
    </message>
    <message>
        <source>Activity log level</source>
        <translation>רמת יומן הפעילות</translation>
    </message>
    <message>
        <source>Phone push port (0: never push)</source>
        <translation>פורט דחיפה של הטלפונים (0: ללא דחיפה)</translation>
    </message>
    <message>
        <source>Pause between two phones (seconds)</source>
        <translation>השהיה בין שני טלפונים (שניות)</translation>
    </message>
    <message>
        <source>First contact again after (minutes; 0: never)</source>
        <translation>פנייה ראשונה חוזרת לאחר (דקות; 0: לעולם לא)</translation>
    </message>
    <message>
        <source>System provisioning subnets</source>
        <translation>רשתות משנה להקצאה (מערכת)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <source>DHCP option 160 file</source>
        <translation>קובץ DHCP Option 160</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>פרוקסי HTTP של SBC</translation>
    </message>
    <message>
        <source>Syslog host</source>
        <translation>מארח Syslog</translation>
    </message>
    <message>
        <source>Syslog port</source>
        <translation>פורט Syslog</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>מארח SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>פורט SMTP</translation>
    </message>
    <message>
        <source>SMTP STARTTLS</source>
        <translation>SMTP STARTTLS</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>משתמש SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>סיסמת SMTP</translation>
    </message>
    <message>
        <source>SMTP CA certificates file</source>
        <translation>קובץ תעודות CA של SMTP</translation>
    </message>
    <message>
        <source>SMTP sender</source>
        <translation>שולח SMTP</translation>
    </message>
    <message>
        <source>SMTP recipients</source>
        <translation>נמעני SMTP</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>the file is %1; at most %2 are accepted</source>
        <translation>הקובץ בגודל %1; מתקבלים עד %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>התאמת &amp;רישיות</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>טקסט חלופי</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;הבא</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ה&amp;חלפה</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>החלפת ה&amp;כול</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>לא נמצא</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>שורה %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>הוחלף מופע אחד</numerusform>
            <numerusform>הוחלפו %n מופעים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>העלאה…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>הורדה…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>חיפוש לפי שם קובץ</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>דגם טלפון</translation>
    </message>
    <message>
        <source>Newest image</source>
        <translation>התמונה העדכנית ביותר</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Phone models and their newest image</source>
        <translation>דגמי טלפונים והתמונה העדכנית ביותר שלהם</translation>
    </message>
    <message>
        <source>a firmware file name has at most 128 characters</source>
        <translation>שם קובץ קושחה מכיל עד 128 תווים</translation>
    </message>
    <message>
        <source>a firmware file name is letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, ending in .img (430HD_3.4.3.1.img)</source>
        <translation>שם קובץ קושחה מורכב מאותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos;, ומסתיים ב-.img (430HD_3.4.3.1.img)</translation>
    </message>
    <message>
        <source>none: phones of this model get no firmware</source>
        <translation>אין: טלפונים מדגם זה אינם מקבלים קושחה</translation>
    </message>
    <message>
        <source>Upload Firmware</source>
        <translation>העלאת קושחה</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>from the file&apos;s name or header</source>
        <translation>משם הקובץ או מהכותרת שלו</translation>
    </message>
    <message>
        <source>&amp;Image file:</source>
        <translation>קובץ ה&amp;תמונה:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;דגם:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;גרסה:</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>העלאה</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>תמונת קושחה</translation>
    </message>
    <message>
        <source>Firmware images (*.img)</source>
        <translation>תמונות קושחה (*.img)</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>הקובץ %1 לא הועלה: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>מעלה את %1…</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>מעלה את %1</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 %3.</source>
        <translation>הקובץ %1 הועלה: %2 %3.</translation>
    </message>
    <message>
        <source>But %1.</source>
        <translation>אבל %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>An image needs a version (3.4.3.1).</source>
        <translation>לתמונה נדרשת גרסה (3.4.3.1).</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>הקובץ %1 שונה.</translation>
    </message>
    <message>
        <source>Save the image</source>
        <translation>שמירת התמונה</translation>
    </message>
    <message>
        <source>Delete %1? Phones told to install it will no longer find it.</source>
        <translation>למחוק את %1? טלפונים שהונחו להתקין אותה לא ימצאו אותה עוד.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>הקובץ %1 נמחק.</translation>
    </message>
    <message>
        <source>Firmware Files</source>
        <translation>קובצי קושחה</translation>
    </message>
</context>
<context>
    <name>JobTargetsModel</name>
    <message>
        <source>To do</source>
        <translation>לביצוע</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>בשליחה</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Queued for its next report</source>
        <translation>בתור לדיווח הבא שלו</translation>
    </message>
    <message>
        <source>Delivered at its report</source>
        <translation>נמסר בעת הדיווח שלו</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Skipped (no rights)</source>
        <translation>דולג (אין הרשאות)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>Reset %n phone(s) at once</source>
        <translation>
            <numerusform>אתחול טלפון אחד מיד</numerusform>
            <numerusform>אתחול %n טלפונים מיד</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) at a set time</source>
        <translation>
            <numerusform>אתחול טלפון אחד במועד שנקבע</numerusform>
            <numerusform>אתחול %n טלפונים במועד שנקבע</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n phone(s) when idle</source>
        <translation>
            <numerusform>אתחול טלפון אחד כשהוא פנוי</numerusform>
            <numerusform>אתחול %n טלפונים כשהם פנויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check Status of %n phone(s)</source>
        <translation>
            <numerusform>בדיקת המצב של טלפון אחד</numerusform>
            <numerusform>בדיקת המצב של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Configuration of %n phone(s)</source>
        <translation>
            <numerusform>עדכון התצורה של טלפון אחד</numerusform>
            <numerusform>עדכון התצורה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update Firmware of %n phone(s)</source>
        <translation>
            <numerusform>עדכון הקושחה של טלפון אחד</numerusform>
            <numerusform>עדכון הקושחה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send Message to %n phone(s)</source>
        <translation>
            <numerusform>שליחת הודעה לטלפון אחד</numerusform>
            <numerusform>שליחת הודעה ל-%n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Region of %n phone(s)</source>
        <translation>
            <numerusform>שינוי האזור של טלפון אחד</numerusform>
            <numerusform>שינוי האזור של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Phone Type of %n phone(s)</source>
        <translation>
            <numerusform>שינוי סוג הטלפון של טלפון אחד</numerusform>
            <numerusform>שינוי סוג הטלפון של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change Language of %n phone(s)</source>
        <translation>
            <numerusform>שינוי השפה של טלפון אחד</numerusform>
            <numerusform>שינוי השפה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n phone(s)</source>
        <translation>
            <numerusform>אישור טלפון אחד</numerusform>
            <numerusform>אישור %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>מחיקת טלפון אחד</numerusform>
            <numerusform>מחיקת %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset Passwords of %n user(s)</source>
        <translation>
            <numerusform>איפוס הסיסמה של משתמש אחד</numerusform>
            <numerusform>איפוס הסיסמאות של %n משתמשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate Configuration Files of %n phone(s)</source>
        <translation>
            <numerusform>הפקת קובצי התצורה של טלפון אחד</numerusform>
            <numerusform>הפקת קובצי התצורה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow First Contact for %n phone(s)</source>
        <translation>
            <numerusform>התרת פנייה ראשונה לטלפון אחד</numerusform>
            <numerusform>התרת פנייה ראשונה ל-%n טלפונים</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>פועלת</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>אחד בוצע</numerusform>
            <numerusform>%n בוצעו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>אחד נמסר</numerusform>
            <numerusform>%n נמסרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>אחד בתור</numerusform>
            <numerusform>%n בתור</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>אחד נכשל</numerusform>
            <numerusform>%n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>אחד דולג</numerusform>
            <numerusform>%n דולגו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>אחד בוטל</numerusform>
            <numerusform>%n בוטלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>אחד לביצוע</numerusform>
            <numerusform>%n לביצוע</numerusform>
        </translation>
    </message>
    <message>
        <source>next batch %1</source>
        <translation>האצווה הבאה %1</translation>
    </message>
    <message>
        <source>%1 phones/min</source>
        <translation>%1 טלפונים/דקה</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>סיום משוער %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>קצב</translation>
    </message>
    <message>
        <source>By</source>
        <translation>יוזם</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;ביטול המשימה</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>משימות</translation>
    </message>
    <message>
        <source>Outcome per phone</source>
        <translation>תוצאה לכל טלפון</translation>
    </message>
    <message>
        <source>Phones not sent to yet are not; commands waiting for a phone&apos;s report are withdrawn.</source>
        <translation>טלפונים שטרם נשלח אליהם לא יקבלו את הפקודה; פקודות שממתינות לדיווח של טלפון נמשכות בחזרה.</translation>
    </message>
    <message>
        <source>Select a job to see what happened to each phone.</source>
        <translation>יש לבחור משימה כדי לראות מה קרה לכל טלפון.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>לא ניתן היה לבטל את המשימה: %1</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>שמירה…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>חיפוש ביומן</translation>
    </message>
    <message>
        <source>Web admin log</source>
        <translation>יומן ממשק הניהול</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>יומן פעילות</translation>
    </message>
    <message>
        <source>Which log</source>
        <translation>איזה יומן</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>כל הרמות</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>ניפוי באגים ומעלה</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>מידע ומעלה</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>אזהרות ושגיאות</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>שגיאות</translation>
    </message>
    <message>
        <source>last </source>
        <translation>עד </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> שורות אחרונות</translation>
    </message>
    <message>
        <source>How many lines</source>
        <translation>כמה שורות</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>שמירת היומן</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>קובצי יומן (*.log *.txt);;כל הקבצים (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) saved to %1.</source>
        <translation>
            <numerusform>שורה אחת נשמרה ב-%1.</numerusform>
            <numerusform>%n שורות נשמרו ב-%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>לא ניתן היה לשמור את היומן ב-%1: %2</translation>
    </message>
    <message>
        <source>System Logs</source>
        <translation>יומני מערכת</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Super Administrator</source>
        <translation>מנהל-על</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>מנהל אזורי</translation>
    </message>
    <message>
        <source>Regional administrator, read-only</source>
        <translation>מנהל אזורי, קריאה בלבד</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>משימות</translation>
    </message>
    <message>
        <source>PhoneFleet</source>
        <translation>PhoneFleet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>דפים</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>הסתיימה: %1</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>העדכונים בזמן אמת מושהים</translation>
    </message>
    <message>
        <source>The server does not answer: %1. Trying again.</source>
        <translation>השרת אינו עונה: %1. מנסה שוב.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>בזמן אמת</translation>
    </message>
    <message>
        <source>Changes on the server show here within seconds.</source>
        <translation>שינויים בשרת מוצגים כאן תוך שניות.</translation>
    </message>
    <message>
        <source>Loading phones: %v of %m</source>
        <translation>טוען טלפונים: %v מתוך %m</translation>
    </message>
    <message>
        <source>The phones could not be loaded: %1</source>
        <translation>לא ניתן היה לטעון את הטלפונים: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated phone(s) are booting; the dashboard follows them.</source>
        <translation>
            <numerusform>טלפון מדומה אחד מאותחל; לוח המחוונים עוקב אחריו.</numerusform>
            <numerusform>%n טלפונים מדומים מאותחלים; לוח המחוונים עוקב אחריהם.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo fleet could not run: %1</source>
        <translation>צי ההדגמה לא הצליח לפעול: %1</translation>
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
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;חיבור לשרת…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Server</source>
        <translation>שימוש בשרת ה&amp;מקומי</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>ה&amp;תנתקות</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>התנתקת.</translation>
    </message>
    <message>
        <source>&amp;Import from the Vendor&apos;s Server…</source>
        <translation>&amp;ייבוא משרת הספק…</translation>
    </message>
    <message>
        <source>Import the configuration export of the vendor&apos;s IP Phone Management Server (system administrators)</source>
        <translation>ייבוא קובץ ייצוא התצורה מ-IP Phone Management Server של הספק (מנהלי המערכת)</translation>
    </message>
    <message>
        <source>&amp;Open Cfg File…</source>
        <translation>&amp;פתיחת קובץ Cfg…</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>פתיחת קובץ תצורה</translation>
    </message>
    <message>
        <source>Configuration files and templates (*.cfg *.cfx *.txt *.xml);;Template XML (*.xml);;All files (*)</source>
        <translation>קובצי תצורה ותבניות (*.cfg *.cfx *.txt *.xml);;תבנית XML (*.xml);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Start a &amp;Demo Fleet…</source>
        <translation>&amp;הפעלת צי הדגמה…</translation>
    </message>
    <message>
        <source>S&amp;top the Demo Fleet</source>
        <translation>&amp;עצירת צי ההדגמה</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>הדף ה&amp;בא</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>הדף ה&amp;קודם</translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation>חלונית ה&amp;משימות</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About PhoneFleet</source>
        <translation>&amp;אודות PhoneFleet</translation>
    </message>
    <message>
        <source>Show the Jobs panel</source>
        <translation>הצגת חלונית המשימות</translation>
    </message>
    <message>
        <source>This build has no local server.</source>
        <translation>גרסת בנייה זו אינה כוללת שרת מקומי.</translation>
    </message>
    <message>
        <source>Starting the local server…</source>
        <translation>מפעיל את השרת המקומי…</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>השרת המקומי לא הופעל: %1</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>שרת מקומי</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <source>There is no saved server named “%1”.</source>
        <translation>אין שרת שמור בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>בדיקת תעודת השרת</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.

SHA-256 fingerprint:
%2

Compare it with the fingerprint phonefleetd printed when it started (or ask its administrator). Trust it only if they are the same: PhoneFleet then accepts this certificate, and only this one, for this server.</source>
        <translation>התעודה של %1 אינה מהימנה במחשב זה.

טביעת אצבע SHA-256:
%2

יש להשוות אותה לטביעת האצבע ש-phonefleetd הדפיס כשהופעל (או לברר מול מנהל השרת). יש לתת בה אמון רק אם הן זהות: PhoneFleet יקבל אז תעודה זו, ורק אותה, עבור שרת זה.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;מתן אמון בתעודה זו</translation>
    </message>
    <message>
        <source>%1 answers again: sign in to send the outbox.</source>
        <translation>%1 עונה שוב: יש להיכנס כדי לשלוח את תור השליחה.</translation>
    </message>
    <message>
        <source>The server ended your session: %1</source>
        <translation>השרת סיים את ההפעלה שלך: %1</translation>
    </message>
    <message>
        <source>Work Offline</source>
        <translation>עבודה במצב לא מקוון</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Work offline on the templates kept from your last session there? Saved edits wait in the outbox and are sent once you sign in again.</source>
        <translation>אין גישה אל %1. לעבוד במצב לא מקוון על התבניות שנשמרו מההפעלה האחרונה שלך בשרת זה? עריכות שמורות ממתינות בתור השליחה ונשלחות לאחר הכניסה הבאה.</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>עבודה במצב &amp;לא מקוון</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (לא מקוון)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — offline, trying again</source>
        <translation> — לא מקוון, מנסה שוב</translation>
    </message>
    <message>
        <source>Not connected — File › Connect to Server…</source>
        <translation>לא מחובר — קובץ › חיבור לשרת…</translation>
    </message>
    <message>
        <source>A demo fleet runs against the local server only.</source>
        <translation>צי הדגמה פועל מול השרת המקומי בלבד.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>משימה אחת פועלת</numerusform>
            <numerusform>%n משימות פועלות</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo Fleet</source>
        <translation>צי הדגמה</translation>
    </message>
    <message>
        <source>Simulated phones to start against the local server:</source>
        <translation>טלפונים מדומים להפעלה מול השרת המקומי:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;Administration of enterprise SIP desk phone fleets: provisioning, status, alarms and bulk actions.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PhoneFleet %1&lt;/h3&gt;&lt;p&gt;ניהול ציי טלפונים שולחניים ארגוניים מסוג SIP: הקצאה, מצב, התראות ופעולות קבוצתיות.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PhoneFleet</source>
        <translation>אודות PhoneFleet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>PhoneFleet shows in %1 from its next start.</source>
        <translation>שפת PhoneFleet החל מההפעלה הבאה: %1.</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>שפת המערכת</translation>
    </message>
</context>
<context>
    <name>ManageDevicesPage</name>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>סוג טלפון</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Change Phone Type…</source>
        <translation>שינוי סוג טלפון…</translation>
    </message>
    <message>
        <source>Change Language…</source>
        <translation>שינוי שפה…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>אתחול…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>הפקת תצורה</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>עדכון תצורה…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>שליחת הודעה…</translation>
    </message>
    <message>
        <source>Change Site…</source>
        <translation>שינוי אתר…</translation>
    </message>
    <message>
        <source>The phones of which region to manage</source>
        <translation>אזור הטלפונים לניהול</translation>
    </message>
    <message>
        <source>Search by user, MAC, IP address, model, firmware or location</source>
        <translation>חיפוש לפי משתמש, MAC, כתובת IP, דגם, קושחה או מיקום</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>מנהל ברמת ניטור אינו משנה דבר</translation>
    </message>
    <message>
        <source>Select the phones first</source>
        <translation>יש לבחור טלפונים תחילה</translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s)</source>
        <translation>
            <numerusform>טלפון אחד שנבחר</numerusform>
            <numerusform>%n טלפונים שנבחרו</numerusform>
        </translation>
    </message>
    <message>
        <source>Select phones of one region: a site is a part of one region</source>
        <translation>יש לבחור טלפונים של אזור אחד: אתר הוא חלק מאזור אחד</translation>
    </message>
    <message>
        <source>Only Operators of the phones&apos; region change their site</source>
        <translation>רק מפעילים של אזור הטלפונים משנים את האתר שלהם</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected phone(s) at a site of their region</source>
        <translation>
            <numerusform>שיוך הטלפון שנבחר לאתר באזור שלו</numerusform>
            <numerusform>שיוך %n הטלפונים שנבחרו לאתר באזור שלהם</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Phone(s)…</source>
        <translation>
            <numerusform>מחיקת טלפון אחד…</numerusform>
            <numerusform>מחיקת %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>אתחול טלפון אחד…</numerusform>
            <numerusform>אתחול %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Phone Type of %n Phone(s)</source>
        <translation>
            <numerusform>שינוי סוג הטלפון של טלפון אחד</numerusform>
            <numerusform>שינוי סוג הטלפון של %n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Language of %n Phone(s)</source>
        <translation>
            <numerusform>שינוי השפה של טלפון אחד</numerusform>
            <numerusform>שינוי השפה של %n טלפונים</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>&amp;הצגת השימוש</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <source>&amp;Phone type:</source>
        <translation>&amp;סוג טלפון:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Phone(s)</source>
        <translation>
            <numerusform>שינוי טלפון אחד</numerusform>
            <numerusform>שינוי %n טלפונים</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the template of the new type: their files are generated again and they are told to fetch them.</source>
        <translation>הטלפונים מקבלים את התבנית של הסוג החדש: הקבצים שלהם מופקים מחדש והם מקבלים הנחיה להוריד אותם.</translation>
    </message>
    <message>
        <source>The phones&apos; files are generated again with the new language and the phones are told to fetch them.</source>
        <translation>קובצי הטלפונים מופקים מחדש עם השפה החדשה, והטלפונים מקבלים הנחיה להוריד אותם.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(לא הוגדר)</translation>
    </message>
    <message numerus="yes">
        <source>Phone types of the %n phone(s) listed.</source>
        <translation>
            <numerusform>סוגי הטלפון של הטלפון שברשימה.</numerusform>
            <numerusform>סוגי הטלפון של %n הטלפונים שברשימה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Languages of the %n phone(s) listed.</source>
        <translation>
            <numerusform>השפות של הטלפון שברשימה.</numerusform>
            <numerusform>השפות של %n הטלפונים שברשימה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the Site of %n Phone(s)</source>
        <translation>
            <numerusform>שינוי האתר של טלפון אחד</numerusform>
            <numerusform>שינוי האתר של %n טלפונים</numerusform>
        </translation>
    </message>
    <message>
        <source>No site</source>
        <translation>ללא אתר</translation>
    </message>
    <message>
        <source>Listing the sites of %1…</source>
        <translation>טוען את האתרים של %1…</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;אתר:</translation>
    </message>
    <message>
        <source>The sites of %1 could not be listed: %2</source>
        <translation>לא ניתן היה לטעון את האתרים של %1: %2</translation>
    </message>
    <message>
        <source>%1 has no site yet: sites are added to a region on the Regions page.</source>
        <translation>ל-%1 אין עדיין אתרים: אתרים מתווספים לאזור בדף אזורים.</translation>
    </message>
    <message>
        <source>The site&apos;s placeholder values go into the phones&apos; files when they are generated again.</source>
        <translation>ערכי מצייני המיקום של האתר נכנסים לקובצי הטלפונים כשהם מופקים מחדש.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at the site %1.</source>
        <translation>
            <numerusform>טלפון אחד נמצא עכשיו באתר %1.</numerusform>
            <numerusform>%n טלפונים נמצאים עכשיו באתר %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now at no site.</source>
        <translation>
            <numerusform>טלפון אחד אינו משויך עכשיו לאתר.</numerusform>
            <numerusform>%n טלפונים אינם משויכים עכשיו לאתר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) not changed: %1</source>
        <translation>
            <numerusform>טלפון אחד לא שונה: %1</numerusform>
            <numerusform>%n טלפונים לא שונו: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Devices</source>
        <translation>ניהול מכשירים מרובים</translation>
    </message>
</context>
<context>
    <name>ManageUsersPage</name>
    <message>
        <source>Set Region…</source>
        <translation>הגדרת אזור…</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>איפוס סיסמאות…</translation>
    </message>
    <message>
        <source>Delete Users…</source>
        <translation>מחיקת משתמשים…</translation>
    </message>
    <message>
        <source>Restart Phones…</source>
        <translation>אתחול טלפונים…</translation>
    </message>
    <message>
        <source>Generate Configuration</source>
        <translation>הפקת תצורה</translation>
    </message>
    <message>
        <source>Update Configuration…</source>
        <translation>עדכון תצורה…</translation>
    </message>
    <message>
        <source>Send Message…</source>
        <translation>שליחת הודעה…</translation>
    </message>
    <message>
        <source>The users of which region to manage</source>
        <translation>אזור המשתמשים לניהול</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>חיפוש לפי משתמש או שם תצוגה</translation>
    </message>
    <message>
        <source>A Monitoring administrator changes nothing</source>
        <translation>מנהל ברמת ניטור אינו משנה דבר</translation>
    </message>
    <message>
        <source>Select the users first</source>
        <translation>יש לבחור משתמשים תחילה</translation>
    </message>
    <message>
        <source>The selected users have no phone</source>
        <translation>למשתמשים שנבחרו אין טלפון</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users</source>
        <translation>
            <numerusform>הטלפון של המשתמשים שנבחרו</numerusform>
            <numerusform>%n הטלפונים של המשתמשים שנבחרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)…</source>
        <translation>
            <numerusform>הגדרת האזור של משתמש אחד…</numerusform>
            <numerusform>הגדרת האזור של %n משתמשים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)…</source>
        <translation>
            <numerusform>איפוס סיסמה אחת…</numerusform>
            <numerusform>איפוס %n סיסמאות…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>איפוס סיסמה…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>מחיקת משתמש אחד…</numerusform>
            <numerusform>מחיקת %n משתמשים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>מחיקת משתמש…</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Phone(s)…</source>
        <translation>
            <numerusform>אתחול טלפון אחד…</numerusform>
            <numerusform>אתחול %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the Region of %n User(s)</source>
        <translation>
            <numerusform>הגדרת האזור של משתמש אחד</numerusform>
            <numerusform>הגדרת האזור של %n משתמשים</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;אזור:</translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation>הגדרת אזור</translation>
    </message>
    <message>
        <source>Their phones keep their own region; change those on Manage Multiple Devices.</source>
        <translation>הטלפונים שלהם שומרים על האזור שלהם; ניתן לשנות אותו בדף ניהול מכשירים מרובים.</translation>
    </message>
    <message>
        <source>No user was moved: some of them are not in the list any more.</source>
        <translation>אף משתמש לא הועבר: חלק מהם כבר אינם ברשימה.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to %1.</source>
        <translation>
            <numerusform>משתמש אחד הועבר אל %1.</numerusform>
            <numerusform>%n משתמשים הועברו אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user was moved: %1</source>
        <translation>אף משתמש לא הועבר: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reset the SIP Passwords of %n User(s)</source>
        <translation>
            <numerusform>איפוס סיסמת ה-SIP של משתמש אחד</numerusform>
            <numerusform>איפוס סיסמאות ה-SIP של %n משתמשים</numerusform>
        </translation>
    </message>
    <message>
        <source>A new &amp;random password for each user</source>
        <translation>סיסמה &amp;אקראית חדשה לכל משתמש</translation>
    </message>
    <message>
        <source>&amp;One password for all of them:</source>
        <translation>&amp;סיסמה אחת לכולם:</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Password(s)</source>
        <translation>
            <numerusform>איפוס סיסמה אחת</numerusform>
            <numerusform>איפוס %n סיסמאות</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones get the new password with their next configuration file; the passwords are never shown.</source>
        <translation>הטלפונים מקבלים את הסיסמה החדשה עם קובץ התצורה הבא שלהם; הסיסמאות אינן מוצגות לעולם.</translation>
    </message>
    <message>
        <source>A shared password has at least 8 characters.</source>
        <translation>סיסמה משותפת מכילה לפחות 8 תווים.</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) of the selected users.</source>
        <translation>
            <numerusform>הטלפון של המשתמשים שנבחרו.</numerusform>
            <numerusform>%n הטלפונים של המשתמשים שנבחרו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n Phone(s)…</source>
        <translation>
            <numerusform>עדכון טלפון אחד…</numerusform>
            <numerusform>עדכון %n טלפונים…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n Phone(s)…</source>
        <translation>
            <numerusform>שליחה לטלפון אחד…</numerusform>
            <numerusform>שליחה ל-%n טלפונים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage Multiple Users</source>
        <translation>ניהול משתמשים מרובים</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Save the Merge</source>
        <translation>שמירת ה&amp;מיזוג</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>החלטה &amp;בהמשך</translation>
    </message>
    <message>
        <source>Template %1 Changed on the Server</source>
        <translation>התבנית %1 שונתה בשרת</translation>
    </message>
    <message>
        <source>Template %1 was deleted on the server while you edited it offline (saved %2). Add your version as a new template, or drop it.</source>
        <translation>התבנית %1 נמחקה בשרת בזמן שערכת אותה במצב לא מקוון (נשמרה %2). ניתן להוסיף את הגרסה שלך כתבנית חדשה, או לוותר עליה.</translation>
    </message>
    <message>
        <source>&amp;Add Mine as a New Template</source>
        <translation>&amp;הוספת שלי כתבנית חדשה</translation>
    </message>
    <message>
        <source>&amp;Drop Mine</source>
        <translation>&amp;ויתור על שלי</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>שלך</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>קובץ גלובלי</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>קובץ מכשיר</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>השארת הגרסה &amp;שלי</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>השארת &amp;גרסת השרת</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. Changed on both sides: %n place(s). Edit the merge below until no &lt;&lt;&lt;&lt;&lt;&lt;&lt; marker is left, or keep one side whole.</source>
        <translation>
            <numerusform>התבנית %1 שונתה בשרת (כעת מהדורה %2) בזמן שערכת את מהדורה %3 במצב לא מקוון. שינויים בשני הצדדים: במקום אחד. יש לערוך את המיזוג שלהלן עד שלא יישאר סמן &lt;&lt;&lt;&lt;&lt;&lt;&lt;, או להשאיר צד אחד בשלמותו.</numerusform>
            <numerusform>התבנית %1 שונתה בשרת (כעת מהדורה %2) בזמן שערכת את מהדורה %3 במצב לא מקוון. שינויים בשני הצדדים: %n מקומות. יש לערוך את המיזוג שלהלן עד שלא יישאר סמן &lt;&lt;&lt;&lt;&lt;&lt;&lt;, או להשאיר צד אחד בשלמותו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. The changes do not touch the same lines: the merge below has both.</source>
        <translation>התבנית %1 שונתה בשרת (כעת מהדורה %2) בזמן שערכת את מהדורה %3 במצב לא מקוון. השינויים אינם נוגעים באותן שורות: המיזוג שלהלן כולל את שניהם.</translation>
    </message>
    <message>
        <source>Base (revision %1, what you started from)</source>
        <translation>בסיס (מהדורה %1, נקודת ההתחלה שלך)</translation>
    </message>
    <message>
        <source>The server&apos;s (revision %1)</source>
        <translation>של השרת (מהדורה %1)</translation>
    </message>
    <message numerus="yes">
        <source>The merge: %n conflict(s) to settle</source>
        <translation>
            <numerusform>המיזוג: התנגשות אחת ליישוב</numerusform>
            <numerusform>המיזוג: %n התנגשויות ליישוב</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge: every conflict settled</source>
        <translation>המיזוג: כל ההתנגשויות יושבו</translation>
    </message>
    <message>
        <source>The merge: nothing to settle</source>
        <translation>המיזוג: אין מה ליישב</translation>
    </message>
    <message>
        <source>Settle every conflict first: no &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| or &gt;&gt;&gt;&gt;&gt;&gt;&gt; line may be left.</source>
        <translation>יש ליישב תחילה את כל ההתנגשויות: אסור שתישאר שורת &lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, ||||||| או &gt;&gt;&gt;&gt;&gt;&gt;&gt;.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>More…</source>
        <translation>עוד…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>הצגת ההודעה המלאה</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>סגירת הודעה זו</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>סגירת ההודעה</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <source>Template edits saved while the server could not be reached; they are sent when it answers again</source>
        <translation>עריכות תבניות שנשמרו כשלא הייתה גישה לשרת; הן יישלחו כשהשרת יענה שוב</translation>
    </message>
    <message>
        <source>The server refused the offline edit of template %1: %2. It stays in the outbox.</source>
        <translation>השרת דחה את העריכה הלא מקוונת של התבנית %1: %2. היא נשארת בתור השליחה.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>השרת עונה שוב.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Templates open from the offline copy, and saved edits wait in the outbox until it answers again.</source>
        <translation>אין גישה לשרת. תבניות נפתחות מהעותק הלא מקוון, ועריכות שמורות ממתינות בתור השליחה עד שהשרת יענה שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n edit(s)</source>
        <translation>
            <numerusform>תור השליחה: עריכה אחת</numerusform>
            <numerusform>תור השליחה: %n עריכות</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;שליחה עכשיו</translation>
    </message>
    <message>
        <source>Discard the Edit of %1 (saved %2)…</source>
        <translation>השלכת העריכה של %1 (נשמרה %2)…</translation>
    </message>
    <message>
        <source>Discard the Edit</source>
        <translation>השלכת העריכה</translation>
    </message>
    <message>
        <source>Throw away the edit of template %1 made offline? It was never sent to the server.</source>
        <translation>להשליך את העריכה של התבנית %1 שנעשתה במצב לא מקוון? היא מעולם לא נשלחה לשרת.</translation>
    </message>
    <message>
        <source>The edit of template %1 stays in the outbox; it is offered again next time.</source>
        <translation>העריכה של התבנית %1 נשארת בתור השליחה; היא תוצע שוב בפעם הבאה.</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) with unsaved text from the last session were opened again.</source>
        <translation>
            <numerusform>חלון אחד עם טקסט שלא נשמר מההפעלה הקודמת נפתח מחדש.</numerusform>
            <numerusform>%n חלונות עם טקסט שלא נשמר מההפעלה הקודמת נפתחו מחדש.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) hold changes that are not saved:</source>
        <translation>
            <numerusform>חלון אחד מכיל שינויים שלא נשמרו:</numerusform>
            <numerusform>%n חלונות מכילים שינויים שלא נשמרו:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to find them open again with their text at the next start, or discard them all.</source>
        <translation>ניתן לשמור אותם כדי שייפתחו שוב עם הטקסט שלהם בהפעלה הבאה, או להשליך את כולם.</translation>
    </message>
    <message>
        <source>&amp;Keep for Next Start</source>
        <translation>&amp;שמירה להפעלה הבאה</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;השלכת הכול</translation>
    </message>
</context>
<context>
    <name>Option160Panel</name>
    <message>
        <source>Option 160 URLs for the DHCP server</source>
        <translation>כתובות URL של Option 160 לשרת ה-DHCP</translation>
    </message>
    <message>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>ה&amp;עתקת URL</translation>
    </message>
    <message>
        <source>What a Phone Gets</source>
        <translation>מה טלפון מקבל</translation>
    </message>
    <message>
        <source>A new phone of &amp;model:</source>
        <translation>טלפון חדש מ&amp;דגם:</translation>
    </message>
    <message>
        <source>Every new phone (waits for approval)</source>
        <translation>כל טלפון חדש (ממתין לאישור)</translation>
    </message>
    <message>
        <source>Phones of %1 (zero-touch)</source>
        <translation>טלפונים של %1 (Zero Touch)</translation>
    </message>
    <message>
        <source>Each phone&apos;s own file, by model</source>
        <translation>הקובץ של כל טלפון, לפי דגם</translation>
    </message>
    <message>
        <source>Remote phones through the SBC</source>
        <translation>טלפונים מרוחקים דרך ה-SBC</translation>
    </message>
    <message>
        <source>Remote phones of %1 through the SBC</source>
        <translation>טלפונים מרוחקים של %1 דרך ה-SBC</translation>
    </message>
    <message>
        <source>; 1. DHCP hands the phone: %1</source>
        <translation>; 1. DHCP מוסר לטלפון: %1</translation>
    </message>
    <message>
        <source>; 2. It downloads dhcpoption160.cfg, the same for every model:</source>
        <translation>; 2. הטלפון מוריד את dhcpoption160.cfg, זהה לכל הדגמים:</translation>
    </message>
    <message>
        <source>; the template cannot be rendered: %1</source>
        <translation>; לא ניתן לעבד את התבנית: %1</translation>
    </message>
    <message>
        <source>; unresolved: %1</source>
        <translation>; לא פתורים: %1</translation>
    </message>
    <message>
        <source>; 3. It reports itself and waits for approval; once approved into a region it fetches</source>
        <translation>; 3. הטלפון מדווח על עצמו וממתין לאישור; לאחר אישורו לאזור הוא מוריד את</translation>
    </message>
    <message>
        <source>;    %1 (made from the region&apos;s default %2 template, else the system-wide one)</source>
        <translation>;    %1 (שהופק מתבנית ברירת המחדל של האזור ל-%2, אחרת מזו של כלל המערכת)</translation>
    </message>
    <message>
        <source>;    and its firmware, %1.img: the newest %1 image on the Firmware Files page.</source>
        <translation>;    ואת הקושחה שלו, %1.img: תמונת %1 העדכנית ביותר בדף קובצי קושחה.</translation>
    </message>
</context>
<context>
    <name>PieCard</name>
    <message>
        <source>Others (%1)</source>
        <translation>אחרים (%1)</translation>
    </message>
    <message>
        <source>Open Devices Status with these phones</source>
        <translation>פתיחת מצב מכשירים עם טלפונים אלה</translation>
    </message>
    <message>
        <source>%1: open Devices Status with these phones</source>
        <translation>%1: פתיחת מצב מכשירים עם טלפונים אלה</translation>
    </message>
    <message>
        <source>%1: no phones yet</source>
        <translation>%1: אין עדיין טלפונים</translation>
    </message>
</context>
<context>
    <name>PlaceholdersPage</name>
    <message>
        <source>Placeholder or key</source>
        <translation>מציין מיקום או מפתח</translation>
    </message>
    <message>
        <source>Add Value…</source>
        <translation>הוספת ערך…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Import Values…</source>
        <translation>ייבוא ערכים…</translation>
    </message>
    <message>
        <source>Export for the Vendor…</source>
        <translation>ייצוא עבור הספק…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>Template (phone model)</source>
        <translation>תבנית (דגם טלפון)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>מכשיר</translation>
    </message>
    <message>
        <source>Region overwrite values</source>
        <translation>ערכי דריסה של אזור</translation>
    </message>
    <message>
        <source>Device overwrite values</source>
        <translation>ערכי דריסה של מכשיר</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;רמה:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>the phone&apos;s MAC, then Enter</source>
        <translation>כתובת ה-MAC של הטלפון, ואז Enter</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address</source>
        <translation>כתובת ה-MAC של הטלפון</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>חיפוש בשמות ובערכים</translation>
    </message>
    <message>
        <source>Import placeholder values from a CSV file in the vendor&apos;s layouts (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): all lines or none</source>
        <translation>ייבוא ערכי מצייני מיקום מקובץ CSV בפריסות של הספק (DEF_KEY,DEF_VAL,DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): כל השורות או אף אחת</translation>
    </message>
    <message>
        <source>Save this level&apos;s values in the vendor&apos;s CSV layout</source>
        <translation>שמירת הערכים של רמה זו בפריסת ה-CSV של הספק</translation>
    </message>
    <message>
        <source>Add Overwrite Value…</source>
        <translation>הוספת ערך דריסה…</translation>
    </message>
    <message>
        <source>Listing the templates</source>
        <translation>טוען את התבניות</translation>
    </message>
    <message>
        <source>system-wide</source>
        <translation>כלל המערכת</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>טוען את האתרים</translation>
    </message>
    <message>
        <source>not a MAC address</source>
        <translation>אינו כתובת MAC</translation>
    </message>
    <message>
        <source>Finding the phone</source>
        <translation>מאתר את הטלפון</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>של %1</translation>
    </message>
    <message>
        <source>no phone has this MAC</source>
        <translation>לאף טלפון אין כתובת MAC זו</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>יש לבחור תבנית</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>יש לבחור אזור</translation>
    </message>
    <message>
        <source>Choose a site (a region&apos;s sites are added on the Regions page)</source>
        <translation>יש לבחור אתר (אתרים של אזור מתווספים בדף אזורים)</translation>
    </message>
    <message>
        <source>Give the phone&apos;s MAC address</source>
        <translation>יש להזין את כתובת ה-MAC של הטלפון</translation>
    </message>
    <message>
        <source>Add an Overwrite Value</source>
        <translation>הוספת ערך דריסה</translation>
    </message>
    <message>
        <source>Add a Placeholder Value</source>
        <translation>הוספת ערך למציין מיקום</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>Cfg &amp;key:</source>
        <translation>&amp;מפתח Cfg:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;ערך:</translation>
    </message>
    <message>
        <source>The phone&apos;s file sets this key to this value, whatever the template says.</source>
        <translation>קובץ הטלפון מגדיר מפתח זה לערך זה, בלי קשר למה שנקבע בתבנית.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <source>A cfg key is one word without &apos;=&apos; (voip/line/0/enabled).</source>
        <translation>מפתח cfg הוא מילה אחת ללא &apos;=&apos; (voip/line/0/enabled).</translation>
    </message>
    <message>
        <source>A placeholder name is letters, digits and &apos;_&apos;, starting with a letter (Primary_NTP for %ITCS_Primary_NTP%).</source>
        <translation>שם מציין מיקום מורכב מאותיות, ספרות ו-&apos;_&apos;, ומתחיל באות (Primary_NTP עבור %ITCS_Primary_NTP%).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>הערך של %1 נוסף.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>הערך של %1 שונה.</translation>
    </message>
    <message>
        <source>Delete %1? Phones get the value of the level below it from their next file.</source>
        <translation>למחוק את הערך של %1? הטלפונים יקבלו את הערך מהרמה שמתחתיה, החל מהקובץ הבא שלהם.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>הערך של %1 נמחק.</translation>
    </message>
    <message>
        <source>Import Placeholder Values</source>
        <translation>ייבוא ערכי מצייני מיקום</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>קובצי CSV (*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a placeholder file of at most %3 is read</source>
        <translation>הקובץ %1 בגודל %2; נקרא קובץ מצייני מיקום בגודל של עד %3</translation>
    </message>
    <message>
        <source>%1: %2 value(s) imported (%3 added, %4 changed, %5 unchanged).</source>
        <translation>%1: יובאו %2 ערכים (%3 נוספו, %4 שונו, %5 ללא שינוי).</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>ייבוא של %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>שורה %1: %2</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>לא יובא דבר</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported, so nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>שורה אחת ב-%1 אינה ניתנת לייבוא, ולכן דבר לא יובא. יש לתקן אותה ולייבא את הקובץ שוב.</numerusform>
            <numerusform>%n שורות ב-%1 אינן ניתנות לייבוא, ולכן דבר לא יובא. יש לתקן אותן ולייבא את הקובץ שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite values have no vendor CSV layout; use Export CSV…</source>
        <translation>לערכי דריסה אין פריסת CSV של הספק; יש להשתמש בייצוא CSV…</translation>
    </message>
    <message>
        <source>Export for the Vendor</source>
        <translation>ייצוא עבור הספק</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>The %1 values</source>
        <translation>ערכי %1</translation>
    </message>
    <message>
        <source>No value at this level. Placeholders (%ITCS_Name% in templates) take the value of the nearest level: device, site, region, template, system.</source>
        <translation>אין ערכים ברמה זו. מצייני מיקום (%ITCS_Name% בתבניות) מקבלים את הערך מהרמה הקרובה ביותר: מכשיר, אתר, אזור, תבנית, מערכת.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>מצייני מיקום</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The global file: one file for every phone of the model, so no phone&apos;s own values, no site&apos;s and no overwrite values apply.</source>
        <translation>הקובץ הגלובלי: קובץ אחד לכל הטלפונים מהדגם, ולכן לא חלים בו ערכים של טלפון מסוים, ערכי אתר או ערכי דריסה.</translation>
    </message>
    <message>
        <source>Preview the file of any phone of this model in a region</source>
        <translation>תצוגה מקדימה של הקובץ של טלפון כלשהו מדגם זה באזור</translation>
    </message>
    <message>
        <source>or one phone: MAC address, Enter</source>
        <translation>או טלפון אחד: כתובת MAC, ואז Enter</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>מציין מיקום</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>&amp;File as the Phone Gets It</source>
        <translation>ה&amp;קובץ כפי שהטלפון מקבל אותו</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;מצייני מיקום</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>ה&amp;שוואה</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>תצוגה מקדימה עבור:</translation>
    </message>
    <message>
        <source>Any phone with no region</source>
        <translation>כל טלפון ללא אזור</translation>
    </message>
    <message>
        <source>Any phone in %1</source>
        <translation>כל טלפון ב-%1</translation>
    </message>
    <message>
        <source>A new template can be previewed once it is saved.</source>
        <translation>ניתן לצפות בתצוגה מקדימה של תבנית חדשה לאחר שמירתה.</translation>
    </message>
    <message>
        <source>Fetching what this phone&apos;s file is made of…</source>
        <translation>מאחזר את מרכיבי הקובץ של טלפון זה…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>אין תצוגה מקדימה: %1</translation>
    </message>
    <message>
        <source>Phone %1 (%2).</source>
        <translation>טלפון %1 (%2).</translation>
    </message>
    <message>
        <source>It gets its file from template &quot;%1&quot; now, not from this one.</source>
        <translation>הוא מקבל כעת את הקובץ שלו מהתבנית &quot;%1&quot;, לא מתבנית זו.</translation>
    </message>
    <message>
        <source>Offline: values as last fetched from the server.</source>
        <translation>לא מקוון: ערכים כפי שאוחזרו לאחרונה מהשרת.</translation>
    </message>
    <message>
        <source>Passwords are shown as %1.</source>
        <translation>סיסמאות מוצגות כ-%1.</translation>
    </message>
    <message>
        <source>&amp;Global File as Phones Get It</source>
        <translation>הקובץ ה&amp;גלובלי כפי שהטלפונים מקבלים אותו</translation>
    </message>
    <message>
        <source>No preview of the global file: %1</source>
        <translation>אין תצוגה מקדימה של הקובץ הגלובלי: %1</translation>
    </message>
    <message>
        <source>; This file cannot be made: %1</source>
        <translation>; לא ניתן להפיק קובץ זה: %1</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>מובנה</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>לא פתור</translation>
    </message>
    <message>
        <source>(each phone&apos;s own)</source>
        <translation>(של כל טלפון)</translation>
    </message>
    <message>
        <source>(nothing gives it a value)</source>
        <translation>(אין מקור שנותן לו ערך)</translation>
    </message>
    <message>
        <source>Built-in, per phone</source>
        <translation>מובנה, לכל טלפון</translation>
    </message>
    <message>
        <source>%1 (overwrite value)</source>
        <translation>%1 (ערך דריסה)</translation>
    </message>
    <message>
        <source>The comparison is with one phone&apos;s file: choose the Device File tab.</source>
        <translation>ההשוואה היא מול קובץ של טלפון אחד: יש לבחור בכרטיסייה &apos;קובץ מכשיר&apos;.</translation>
    </message>
    <message>
        <source>Choose one phone (its MAC address) to compare with the file it has now.</source>
        <translation>יש לבחור טלפון אחד (לפי כתובת ה-MAC) כדי להשוות לקובץ שיש לו כעת.</translation>
    </message>
    <message>
        <source>This phone has no generated file yet, or only its region&apos;s Operators may read it.</source>
        <translation>לטלפון זה אין עדיין קובץ שהופק, או שרק המפעילים של האזור שלו רשאים לקרוא אותו.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation>
            <numerusform>  … שורה אחת ללא שינוי …</numerusform>
            <numerusform>  … %n שורות ללא שינוי …</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as %1, the file the phone has now.</source>
        <translation>זהה ל-%1, הקובץ שיש לטלפון כעת.</translation>
    </message>
    <message>
        <source>Against %1, the file the phone has now: %2 line(s) removed, %3 added.</source>
        <translation>לעומת %1, הקובץ שיש לטלפון כעת: %2 שורות הוסרו, %3 נוספו.</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation>לא ניתן להשתמש בכתובת השרת &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: its certificate is not the one you accepted before.

Presented: SHA-256 %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the old one in Connections and connect again.</source>
        <translation>מסרב להתחבר אל %1: התעודה שלו אינה זו שאושרה בעבר.

הוצגה: SHA-256 %2

ייתכן שמישהו מיירט את החיבור. אם תעודת השרת הוחלפה במכוון, יש לשכוח את הישנה בחלון &apos;חיבורים&apos; ולהתחבר שוב.</translation>
    </message>
    <message>
        <source>Your saved session has ended: %1</source>
        <translation>ההפעלה השמורה שלך הסתיימה: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>לא ניתן להתחבר אל %1: %2</translation>
    </message>
    <message>
        <source>Signed in. The session is not kept: %1. You will be asked for your password when PhoneFleet starts again.</source>
        <translation>בוצעה כניסה. ההפעלה אינה נשמרת: %1. הסיסמה תידרש שוב כש-PhoneFleet יופעל מחדש.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(no region)</source>
        <translation>(ללא אזור)</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>לא מחובר לשרת.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>השרת סירב: %1</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Super Administrator</source>
        <translation>מנהל-על</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>Regional administrator</source>
        <translation>מנהל אזורי</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>מפעיל</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>ניטור</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>מוסתר</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>הרמה שלך</translation>
    </message>
    <message>
        <source>Add Region…</source>
        <translation>הוספת אזור…</translation>
    </message>
    <message>
        <source>Edit Region…</source>
        <translation>עריכת אזור…</translation>
    </message>
    <message>
        <source>Delete Region…</source>
        <translation>מחיקת אזור…</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>הוספת אתר…</translation>
    </message>
    <message>
        <source>Edit Site…</source>
        <translation>עריכת אתר…</translation>
    </message>
    <message>
        <source>Remove Site…</source>
        <translation>הסרת אתר…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Search by region name</source>
        <translation>חיפוש לפי שם אזור</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Level in this region</source>
        <translation>רמה באזור זה</translation>
    </message>
    <message>
        <source>Administrators&apos; levels in the region</source>
        <translation>רמות המנהלים באזור</translation>
    </message>
    <message>
        <source>The region&apos;s sites</source>
        <translation>האתרים של האזור</translation>
    </message>
    <message>
        <source>Add a site (an office, a building) to the region</source>
        <translation>הוספת אתר (משרד, בניין) לאזור</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>אתרים</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>מנהלים</translation>
    </message>
    <message>
        <source>Only system administrators change regions</source>
        <translation>רק מנהלי המערכת משנים אזורים</translation>
    </message>
    <message>
        <source>Sites of %1</source>
        <translation>האתרים של %1</translation>
    </message>
    <message>
        <source>Listing the sites</source>
        <translation>טוען את האתרים</translation>
    </message>
    <message>
        <source>Choose a region first</source>
        <translation>יש לבחור אזור תחילה</translation>
    </message>
    <message>
        <source>Only Operators of this region change its sites</source>
        <translation>רק המפעילים של אזור זה משנים את האתרים שלו</translation>
    </message>
    <message>
        <source>Add a Site to %1</source>
        <translation>הוספת אתר ל-%1</translation>
    </message>
    <message>
        <source>Edit Site %1</source>
        <translation>עריכת האתר %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>אזור:</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>לאתר נדרש שם.</translation>
    </message>
    <message>
        <source>Site %1 added to %2.</source>
        <translation>האתר %1 נוסף ל-%2.</translation>
    </message>
    <message>
        <source>Site %1 of %2 changed.</source>
        <translation>האתר %1 של %2 שונה.</translation>
    </message>
    <message>
        <source>Remove the site %1? Its placeholder values go with it; its phones stay in the region, at no site.</source>
        <translation>להסיר את האתר %1? ערכי מצייני המיקום שלו יוסרו איתו; הטלפונים שלו יישארו באזור, ללא אתר.</translation>
    </message>
    <message>
        <source>Site %1 removed.</source>
        <translation>האתר %1 הוסר.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>החשבון שלך</translation>
    </message>
    <message>
        <source>Operator (every region)</source>
        <translation>מפעיל (כל האזורים)</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>הוספת אזור</translation>
    </message>
    <message>
        <source>Edit Region %1</source>
        <translation>עריכת האזור %1</translation>
    </message>
    <message>
        <source>Provisioning &amp;subnets:</source>
        <translation>&amp;רשתות משנה להקצאה:</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>לאזור נדרש שם.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet (address/prefix length, e.g. 10.20.0.0/16).</source>
        <translation>&quot;%1&quot; אינו רשת משנה (כתובת/אורך קידומת, לדוגמה 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>Region %1 added.</source>
        <translation>האזור %1 נוסף.</translation>
    </message>
    <message>
        <source>Region %1 changed.</source>
        <translation>האזור %1 שונה.</translation>
    </message>
    <message>
        <source>Delete the region %1? Its sites, its placeholder values and the administrators&apos; levels in it go with it. A region that still has phones, users or templates cannot be deleted.</source>
        <translation>למחוק את האזור %1? האתרים שלו, ערכי מצייני המיקום שלו ורמות המנהלים בו יימחקו איתו. לא ניתן למחוק אזור שעדיין יש בו טלפונים, משתמשים או תבניות.</translation>
    </message>
    <message>
        <source>Region %1 deleted.</source>
        <translation>האזור %1 נמחק.</translation>
    </message>
    <message>
        <source>No region yet. A region groups phones (by office or network: its provisioning subnets), gives them its templates and placeholder values, and sets who may see and change them.</source>
        <translation>אין עדיין אזורים. אזור מקבץ טלפונים (לפי משרד או רשת: רשתות המשנה להקצאה שלו), מספק להם את התבניות ואת ערכי מצייני המיקום שלו, וקובע מי רשאי לצפות בהם ולשנות אותם.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>אזורים</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or address%3</source>
        <translation>%1: &quot;%2&quot; אינו שם מארח או כתובת%3</translation>
    </message>
    <message>
        <source> (with :port if needed)</source>
        <translation> (בתוספת :פורט אם נדרש)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>שמירת ההגדרות</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ביטול שינויים</translation>
    </message>
    <message>
        <source>Show the settings as the server has them again, dropping what was typed</source>
        <translation>הצגה מחדש של ההגדרות כפי שהן בשרת, תוך ביטול מה שהוקלד</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <source>LDAP Directory</source>
        <translation>ספריית LDAP</translation>
    </message>
    <message>
        <source>DHCP Option 160</source>
        <translation>DHCP Option 160</translation>
    </message>
    <message>
        <source>Server &amp;FQDN or address:</source>
        <translation>FQDN או &amp;כתובת השרת:</translation>
    </message>
    <message>
        <source>Server FQDN</source>
        <translation>FQDN של השרת</translation>
    </message>
    <message>
        <source>what phones use to reach this server; empty: this host&apos;s name</source>
        <translation>הכתובת שבה הטלפונים פונים לשרת זה; ריק: שם המארח הזה</translation>
    </message>
    <message>
        <source>&amp;Disconnect timeout (minutes):</source>
        <translation>זמן עד &amp;ניתוק (דקות):</translation>
    </message>
    <message>
        <source>Administrator &amp;sign-in lasts (seconds):</source>
        <translation>תוקף כניסת &amp;מנהל (שניות):</translation>
    </message>
    <message>
        <source>&amp;Activity log level:</source>
        <translation>רמת &amp;יומן הפעילות:</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;push port (0: never push):</source>
        <translation>פורט &amp;דחיפה של הטלפונים (0: ללא דחיפה):</translation>
    </message>
    <message>
        <source>System &amp;provisioning subnets:</source>
        <translation>רשתות משנה ל&amp;הקצאה (מערכת):</translation>
    </message>
    <message>
        <source>CIDR blocks whose phones fetch their file without credentials</source>
        <translation>בלוקים של CIDR שהטלפונים בהם מורידים את הקובץ שלהם ללא פרטי כניסה</translation>
    </message>
    <message>
        <source>Redundant Mode</source>
        <translation>מצב יתירות</translation>
    </message>
    <message>
        <source>&amp;Redundant mode: phones fall back to a backup provisioning server</source>
        <translation>מצב י&amp;תירות: הטלפונים עוברים לשרת הקצאה לגיבוי</translation>
    </message>
    <message>
        <source>P&amp;rimary server:</source>
        <translation>שרת &amp;ראשי:</translation>
    </message>
    <message>
        <source>Primary server</source>
        <translation>שרת ראשי</translation>
    </message>
    <message>
        <source>&amp;Backup server:</source>
        <translation>שרת &amp;גיבוי:</translation>
    </message>
    <message>
        <source>Backup server</source>
        <translation>שרת גיבוי</translation>
    </message>
    <message>
        <source>What every phone gets unless its template, region or own values say otherwise (system placeholders: %ITCS_Language% and so on). Empty: the phone&apos;s own default.</source>
        <translation>מה שכל טלפון מקבל, אלא אם התבנית, האזור או הערכים שלו קובעים אחרת (מצייני מיקום של המערכת: %ITCS_Language% וכן הלאה). ריק: ברירת המחדל של הטלפון עצמו.</translation>
    </message>
    <message>
        <source>Phones&apos; &amp;language:</source>
        <translation>&amp;שפת הטלפונים:</translation>
    </message>
    <message>
        <source>&amp;Primary NTP server:</source>
        <translation>שרת NTP &amp;ראשי:</translation>
    </message>
    <message>
        <source>Primary NTP server</source>
        <translation>שרת NTP ראשי</translation>
    </message>
    <message>
        <source>&amp;Secondary NTP server:</source>
        <translation>שרת NTP מש&amp;ני:</translation>
    </message>
    <message>
        <source>Secondary NTP server</source>
        <translation>שרת NTP משני</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;אזור זמן:</translation>
    </message>
    <message>
        <source>&amp;Voice mail number:</source>
        <translation>מספר &amp;תא קולי:</translation>
    </message>
    <message>
        <source>Voice mail number: &quot;%1&quot; is not a number to dial (digits, * # +)</source>
        <translation>מספר תא קולי: &quot;%1&quot; אינו מספר לחיוג (ספרות, * # +)</translation>
    </message>
    <message>
        <source>S&amp;RTP:</source>
        <translation>S&amp;RTP:</translation>
    </message>
    <message>
        <source>&amp;Outbound proxy:</source>
        <translation>&amp;פרוקסי יוצא:</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>פרוקסי יוצא</translation>
    </message>
    <message>
        <source>Outbound proxy p&amp;ort:</source>
        <translation>פורט פרוקסי &amp;יוצא:</translation>
    </message>
    <message>
        <source>Outbound proxy port: &quot;%1&quot; is not a port</source>
        <translation>פורט פרוקסי יוצא: &quot;%1&quot; אינו פורט</translation>
    </message>
    <message>
        <source>&amp;Keep-alive period (seconds):</source>
        <translation>&amp;מרווח Keep-alive (שניות):</translation>
    </message>
    <message>
        <source>Keep-alive period: &quot;%1&quot; is not a number of seconds (10..86400)</source>
        <translation>מרווח Keep-alive: &quot;%1&quot; אינו מספר שניות (10..86400)</translation>
    </message>
    <message>
        <source>&amp;Active: phones search the corporate directory</source>
        <translation>פ&amp;עיל: הטלפונים מחפשים בספרייה הארגונית</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;כתובת השרת:</translation>
    </message>
    <message>
        <source>LDAP server address</source>
        <translation>כתובת שרת LDAP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <source>LDAP port: &quot;%1&quot; is not a port</source>
        <translation>פורט LDAP: &quot;%1&quot; אינו פורט</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;שם משתמש:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;בסיס:</translation>
    </message>
    <message>
        <source>&amp;Name filter:</source>
        <translation>&amp;מסנן שמות:</translation>
    </message>
    <message>
        <source>Name a&amp;ttributes:</source>
        <translation>&amp;תכונות שם:</translation>
    </message>
    <message>
        <source>Nu&amp;mber filter:</source>
        <translation>מסנן מספ&amp;רים:</translation>
    </message>
    <message>
        <source>Number attr&amp;ibutes:</source>
        <translation>תכו&amp;נות מספר:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>שם ת&amp;צוגה:</translation>
    </message>
    <message>
        <source>Ma&amp;x hits:</source>
        <translation>מ&amp;קסימום תוצאות:</translation>
    </message>
    <message>
        <source>Sort the &amp;results</source>
        <translation>מיון &amp;התוצאות</translation>
    </message>
    <message>
        <source>Search time&amp;out (seconds):</source>
        <translation>&amp;זמן קצוב לחיפוש (שניות):</translation>
    </message>
    <message>
        <source>Minimum &amp;search length:</source>
        <translation>&amp;אורך חיפוש מינימלי:</translation>
    </message>
    <message>
        <source>LDAP %1: &quot;%2&quot; is not a number (0..10000)</source>
        <translation>LDAP %1: &quot;%2&quot; אינו מספר (0..10000)</translation>
    </message>
    <message>
        <source>Zero-Touch Provisioning</source>
        <translation>הקצאת Zero Touch</translation>
    </message>
    <message>
        <source>dhcpoption160.cfg &amp;template:</source>
        <translation>&amp;תבנית dhcpoption160.cfg:</translation>
    </message>
    <message>
        <source>Restore the Shipped Template</source>
        <translation>שחזור התבנית המקורית</translation>
    </message>
    <message>
        <source>SBC &amp;HTTP proxy (host:port):</source>
        <translation>&amp;פרוקסי HTTP של SBC (מארח:פורט):</translation>
    </message>
    <message>
        <source>SBC HTTP proxy</source>
        <translation>פרוקסי HTTP של SBC</translation>
    </message>
    <message>
        <source>for phones outside the network; empty: none</source>
        <translation>לטלפונים מחוץ לרשת; ריק: ללא</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>הועתק: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את ההגדרות: %1</translation>
    </message>
    <message>
        <source>As stored on the server.</source>
        <translation>כפי שמאוחסן בשרת.</translation>
    </message>
    <message>
        <source>Only system administrators change the system settings</source>
        <translation>רק מנהלי המערכת משנים את הגדרות המערכת</translation>
    </message>
    <message>
        <source>Check the fields and send what changed to the server</source>
        <translation>בדיקת השדות ושליחת השינויים לשרת</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>שונה, עדיין לא נשמר.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>דבר לא נשמר: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <source>Not every setting was saved: %1</source>
        <translation>לא כל ההגדרות נשמרו: %1</translation>
    </message>
    <message>
        <source>server settings</source>
        <translation>הגדרות השרת</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>הגדרות מערכת</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Keep me signed in (the session is kept in the system&apos;s keychain)</source>
        <translation>&amp;זכירת הכניסה (ההפעלה נשמרת במחזיק המפתחות של המערכת)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>כניסה אל %1</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2.</source>
        <translation>כניסה אל %1 בתור %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Your session lasts until you close PhoneFleet; nothing is written to disk.</source>
        <translation>אין מחזיק מפתחות זמין במחשב זה (%1). ההפעלה שלך נמשכת עד לסגירת PhoneFleet; דבר אינו נכתב לדיסק.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>כניסה</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Add Template</source>
        <translation>הוספת תבנית</translation>
    </message>
    <message>
        <source>Edit Template %1</source>
        <translation>עריכת התבנית %1</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;default template for this model</source>
        <translation>תבנית &amp;ברירת המחדל של האזור לדגם זה</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(כלל המערכת)</translation>
    </message>
    <message>
        <source>&amp;Global file name:</source>
        <translation>שם הקובץ ה&amp;גלובלי:</translation>
    </message>
    <message>
        <source>Global File</source>
        <translation>קובץ גלובלי</translation>
    </message>
    <message>
        <source>De&amp;vice file name:</source>
        <translation>שם קובץ ה&amp;מכשיר:</translation>
    </message>
    <message>
        <source>Device File</source>
        <translation>קובץ מכשיר</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Phone model:</source>
        <translation>&amp;דגם טלפון:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;אזור:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>השרת סירב: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <source>Save the new template?</source>
        <translation>לשמור את התבנית החדשה?</translation>
    </message>
    <message>
        <source>Save the changes to the template %1?</source>
        <translation>לשמור את השינויים בתבנית %1?</translation>
    </message>
    <message>
        <source>Discard throws away what was typed in this dialog.</source>
        <translation>השלכה מוחקת את מה שהוקלד בתיבת דו-שיח זו.</translation>
    </message>
    <message>
        <source>The server cannot be reached: this is the offline copy. Saving puts the change in the outbox; it is sent when the server answers again.</source>
        <translation>אין גישה לשרת: זהו העותק הלא מקוון. השמירה מכניסה את השינוי לתור השליחה; הוא יישלח כשהשרת יענה שוב.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed (kept %1). Save it, or Cancel and Discard to throw it away.</source>
        <translation>שוחזר: טקסט זה לא נשמר כשהמסוף נסגר בפעם האחרונה (נשמר %1). יש לשמור אותו, או לבחור ביטול ואז השלכה כדי למחוק אותו.</translation>
    </message>
    <message>
        <source>Restored: this text was not saved when the console last closed. Save it, or Cancel and Discard to throw it away.</source>
        <translation>שוחזר: טקסט זה לא נשמר כשהמסוף נסגר בפעם האחרונה. יש לשמור אותו, או לבחור ביטול ואז השלכה כדי למחוק אותו.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (שוחזר)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>לתבנית נדרש שם.</translation>
    </message>
    <message>
        <source>Both files need a name (the device file&apos;s is usually %ITCS_mac%.cfg).</source>
        <translation>לשני הקבצים נדרש שם (שם קובץ המכשיר הוא בדרך כלל %ITCS_mac%.cfg).</translation>
    </message>
    <message>
        <source>The file names cannot be used: %1.</source>
        <translation>לא ניתן להשתמש בשמות הקבצים: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateWorkspace</name>
    <message>
        <source>The server cannot be reached and template %1 is not in the offline copy.</source>
        <translation>אין גישה לשרת, והתבנית %1 אינה בעותק הלא מקוון.</translation>
    </message>
    <message>
        <source>The edit could not be kept in the offline copy: %1</source>
        <translation>לא ניתן היה לשמור את העריכה בעותק הלא מקוון: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no preview of this phone was kept while it could be.</source>
        <translation>אין גישה לשרת, ולא נשמרה תצוגה מקדימה של טלפון זה כשהייתה גישה.</translation>
    </message>
    <message>
        <source>Template %1: the edit made offline was saved on the server.</source>
        <translation>התבנית %1: העריכה שנעשתה במצב לא מקוון נשמרה בשרת.</translation>
    </message>
    <message>
        <source>Template %1: the server&apos;s version was kept, the offline edit dropped.</source>
        <translation>התבנית %1: הגרסה של השרת נשמרה, והעריכה הלא מקוונת נזנחה.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>The default template of its region for %1 phones</source>
        <translation>תבנית ברירת המחדל של האזור שלה לטלפוני %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>טלפון אחד</numerusform>
            <numerusform>%n טלפונים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files of %n phone(s) made from this template left placeholders without a value (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>בקובץ של טלפון אחד שהופק מתבנית זו נותרו מצייני מיקום ללא ערך (&apos;מצייני מיקום לא פתורים…&apos; מפרט אותם)</numerusform>
            <numerusform>בקבצים של %n טלפונים שהופקו מתבנית זו נותרו מצייני מיקום ללא ערך (&apos;מצייני מיקום לא פתורים…&apos; מפרט אותם)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>דגם טלפון</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>(system-wide)</source>
        <translation>(כלל המערכת)</translation>
    </message>
    <message>
        <source>Global file</source>
        <translation>קובץ גלובלי</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>קובץ מכשיר</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>לא פתורים</translation>
    </message>
    <message>
        <source>Add Template…</source>
        <translation>הוספת תבנית…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>שכפול…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Restore to Default…</source>
        <translation>שחזור לברירת המחדל…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>הפקה</translation>
    </message>
    <message>
        <source>Import XML…</source>
        <translation>ייבוא XML…</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>ייצוא XML…</translation>
    </message>
    <message>
        <source>Unresolved Placeholders…</source>
        <translation>מצייני מיקום לא פתורים…</translation>
    </message>
    <message>
        <source>The templates of which region (system-wide ones show in every region)</source>
        <translation>התבניות של איזה אזור (תבניות של כלל המערכת מוצגות בכל האזורים)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>כל הדגמים</translation>
    </message>
    <message>
        <source>Generate the configuration files of the phones this template serves</source>
        <translation>הפקת קובצי התצורה של הטלפונים שתבנית זו משרתת</translation>
    </message>
    <message>
        <source>The phones whose last generated file left placeholders without a value</source>
        <translation>הטלפונים שבקובץ האחרון שהופק עבורם נותרו מצייני מיקום ללא ערך</translation>
    </message>
    <message>
        <source>No template is stored: every phone gets the shipped default of its model. Add Template starts from it.</source>
        <translation>לא מאוחסנת אף תבנית: כל טלפון מקבל את ברירת המחדל המקורית של הדגם שלו. &apos;הוספת תבנית&apos; מתחילה ממנה.</translation>
    </message>
    <message>
        <source>Template %1 saved in the outbox: it is sent when the server answers again.</source>
        <translation>התבנית %1 נשמרה בתור השליחה: היא תישלח כשהשרת יענה שוב.</translation>
    </message>
    <message>
        <source>Template %1 was changed on the server meanwhile: compare and choose in the window that opened.</source>
        <translation>התבנית %1 שונתה בינתיים בשרת: יש להשוות ולבחור בחלון שנפתח.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>התבנית %1 נשמרה.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>הצגה…</translation>
    </message>
    <message>
        <source>Template %1 added.</source>
        <translation>התבנית %1 נוספה.</translation>
    </message>
    <message>
        <source>Opening the template failed: %1</source>
        <translation>פתיחת התבנית נכשלה: %1</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>שכפול %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>&amp;שם העותק:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;אזור:</translation>
    </message>
    <message>
        <source>The copy takes both files and the template&apos;s placeholders.</source>
        <translation>העותק מקבל את שני הקבצים ואת מצייני המיקום של התבנית.</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>לעותק נדרש שם.</translation>
    </message>
    <message>
        <source>Delete %1? It is the default of its region: its phones fall back to the system-wide template of their model.</source>
        <translation>למחוק את %1? זוהי תבנית ברירת המחדל של האזור שלה: הטלפונים שלה יחזרו לתבנית של כלל המערכת עבור הדגם שלהם.</translation>
    </message>
    <message>
        <source>Delete the template %1 and its placeholders?</source>
        <translation>למחוק את התבנית %1 ואת מצייני המיקום שלה?</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>התבנית %1 נמחקה.</translation>
    </message>
    <message>
        <source>Restore to Default</source>
        <translation>שחזור לברירת המחדל</translation>
    </message>
    <message>
        <source>Replace both files of %1 with the shipped default for %2 phones? What was changed in them is lost (export the template first to keep it).</source>
        <translation>להחליף את שני הקבצים של %1 בברירת המחדל המקורית לטלפוני %2? השינויים שנעשו בהם יאבדו (כדי לשמור אותם, יש לייצא תחילה את התבנית).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>משחזר את %1</translation>
    </message>
    <message>
        <source>%1 restored to the shipped default.</source>
        <translation>התבנית %1 שוחזרה לברירת המחדל המקורית.</translation>
    </message>
    <message>
        <source>The phones could not be listed: %1</source>
        <translation>לא ניתן היה לטעון את רשימת הטלפונים: %1</translation>
    </message>
    <message>
        <source>No %1 phone in %2: nothing to generate.</source>
        <translation>אין טלפון %1 ב-%2: אין מה להפיק.</translation>
    </message>
    <message>
        <source>No %1 phone: nothing to generate.</source>
        <translation>אין טלפון %1: אין מה להפיק.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ועוד אחד</numerusform>
            <numerusform> ועוד %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n file(s) changed</source>
        <translation>
            <numerusform>הופקו: קובץ אחד השתנה</numerusform>
            <numerusform>הופקו: %n קבצים השתנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, אחד ללא שינוי</numerusform>
            <numerusform>, %n ללא שינוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see the Jobs panel)</source>
        <translation>
            <numerusform>, אחד נכשל (פרטים בחלונית המשימות)</numerusform>
            <numerusform>, %n נכשלו (פרטים בחלונית המשימות)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with unresolved placeholders (Unresolved Placeholders… lists them)</source>
        <translation>
            <numerusform>, אחד עם מצייני מיקום לא פתורים (&apos;מצייני מיקום לא פתורים…&apos; מפרט אותם)</numerusform>
            <numerusform>, %n עם מצייני מיקום לא פתורים (&apos;מצייני מיקום לא פתורים…&apos; מפרט אותם)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>ייבוא תבנית</translation>
    </message>
    <message>
        <source>Template files (*.xml *.cfg);;All files (*)</source>
        <translation>קובצי תבנית (*.xml *.cfg);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>הקובץ %1 לא יובא: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in the vendor&apos;s XML (&lt;ipphonetamplate&gt;); to edit a plain cfg file, use File › Open Cfg File…</source>
        <translation>הקובץ %1 אינו תבנית בפורמט XML של הספק (&lt;ipphonetamplate&gt;); לעריכת קובץ cfg רגיל, יש להשתמש בקובץ › פתיחת קובץ Cfg…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>מייבא את %1</translation>
    </message>
    <message>
        <source>%1 imported as the template %2.</source>
        <translation>הקובץ %1 יובא כתבנית %2.</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>ייצוא התבנית</translation>
    </message>
    <message>
        <source>Template files (*.xml)</source>
        <translation>קובצי תבנית (*.xml)</translation>
    </message>
    <message>
        <source>No template stored for this choice: its phones get a system-wide template of their model, else the shipped default.</source>
        <translation>לא מאוחסנת תבנית לבחירה זו: הטלפונים שלה מקבלים תבנית של כלל המערכת לדגם שלהם, ואם אין — את ברירת המחדל המקורית.</translation>
    </message>
    <message>
        <source>No template stored: every phone gets the shipped default of its model. Add one to change what phones of a model, or of a region, get.</source>
        <translation>לא מאוחסנת אף תבנית: כל טלפון מקבל את ברירת המחדל המקורית של הדגם שלו. ניתן להוסיף תבנית כדי לשנות את מה שמקבלים הטלפונים של דגם מסוים או של אזור מסוים.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
</context>
<context>
    <name>UnresolvedPhonesDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <source>Phones with Unresolved Placeholders</source>
        <translation>טלפונים עם מצייני מיקום לא פתורים</translation>
    </message>
    <message>
        <source>Nothing gives these placeholders a value for these phones, so the lines that use them were left out of the phones&apos; files or set to the parameter&apos;s default. Give them a value at the device, site, region, template or system level (Placeholders page), then generate the files again.</source>
        <translation>אין מקור שנותן למצייני מיקום אלה ערך עבור טלפונים אלה, ולכן השורות שמשתמשות בהם הושמטו מקובצי הטלפונים או הוגדרו לברירת המחדל של הפרמטר. יש לתת להם ערך ברמת המכשיר, האתר, האזור, התבנית או המערכת (דף מצייני מיקום), ואז להפיק שוב את הקבצים.</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>התבנית %1</translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>כל התבניות</translation>
    </message>
    <message>
        <source>Shipped default templates</source>
        <translation>תבניות ברירת המחדל המקוריות</translation>
    </message>
    <message>
        <source>Phones of</source>
        <translation>טלפונים של</translation>
    </message>
    <message>
        <source>&amp;Phones of:</source>
        <translation>&amp;טלפונים של:</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>כתובת MAC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>דגם טלפון</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Unresolved placeholders</source>
        <translation>מצייני מיקום לא פתורים</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>הופק</translation>
    </message>
    <message>
        <source>Reading the phones…</source>
        <translation>קורא את הטלפונים…</translation>
    </message>
    <message>
        <source>(shipped default)</source>
        <translation>(ברירת מחדל מקורית)</translation>
    </message>
    <message>
        <source>(removed template)</source>
        <translation>(תבנית שהוסרה)</translation>
    </message>
    <message>
        <source>No phone&apos;s file has an unresolved placeholder.</source>
        <translation>אין קובץ טלפון עם מציין מיקום לא פתור.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n phones are listed.</source>
        <translation>
            <numerusform>מוצגים %1 הראשונים מתוך טלפון אחד.</numerusform>
            <numerusform>מוצגים %1 הראשונים מתוך %n טלפונים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) with unresolved placeholders.</source>
        <translation>
            <numerusform>טלפון אחד עם מצייני מיקום לא פתורים.</numerusform>
            <numerusform>%n טלפונים עם מצייני מיקום לא פתורים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the phones failed: %1</source>
        <translation>קריאת הטלפונים נכשלה: %1</translation>
    </message>
</context>
<context>
    <name>UserImportWizard</name>
    <message>
        <source>the file is %1; at most %2 are read</source>
        <translation>הקובץ בגודל %1; נקראים עד %2</translation>
    </message>
    <message>
        <source>&amp;Create the regions the file names that do not exist yet</source>
        <translation>יצירת ה&amp;אזורים שמופיעים בקובץ ועדיין אינם קיימים</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>שם תצוגה</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>מדוע לא יובא</translation>
    </message>
    <message>
        <source>Import Users and Phones</source>
        <translation>ייבוא משתמשים וטלפונים</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>בחירת הקובץ</translation>
    </message>
    <message>
        <source>A users and phones file as the vendor&apos;s console exports it: Name, Password, Display Name, Region, then Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model and so on.</source>
        <translation>קובץ משתמשים וטלפונים כפי שהמסוף של הספק מייצא אותו: Name, Password, Display Name, Region, ואחריהם Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model וכן הלאה.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>קובץ ה-CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>Users and phones file</source>
        <translation>קובץ משתמשים וטלפונים</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>קובצי CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Check the Lines</source>
        <translation>בדיקת השורות</translation>
    </message>
    <message>
        <source>Lines with a problem are shown in red and are not imported; the others are sent when you go on.</source>
        <translation>שורות עם בעיה מוצגות באדום ואינן מיובאות; האחרות נשלחות כשממשיכים.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>מייבא</translation>
    </message>
    <message>
        <source>The server imports the lines in batches of %1; each batch is all or nothing.</source>
        <translation>השרת מייבא את השורות באצוות של %1; כל אצווה מיובאת במלואה או בכלל לא.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>This is not a users and phones file: %1</source>
        <translation>זה אינו קובץ משתמשים וטלפונים: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read; %1 with a problem.</source>
        <translation>
            <numerusform>נקראה שורה אחת; %1 עם בעיה.</numerusform>
            <numerusform>נקראו %n שורות; %1 עם בעיה.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m lines</source>
        <translation>%v מתוך %m שורות</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) can be imported.</source>
        <translation>
            <numerusform>ניתן לייבא את השורה.</numerusform>
            <numerusform>ניתן לייבא את כל %n השורות.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines have a problem and will be left out; %3 can be imported.</source>
        <translation>ב-%1 מתוך %2 שורות יש בעיה והן יושמטו; ניתן לייבא %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be imported otherwise than written (shown in amber: read why).</source>
        <translation>
            <numerusform>שורה אחת תיובא אחרת מכפי שנכתבה (מוצגת בכתום; הסיבה מפורטת).</numerusform>
            <numerusform>%n שורות ייובאו אחרת מכפי שנכתבו (מוצגות בכתום; הסיבה מפורטת).</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>לא מחובר לשרת</translation>
    </message>
    <message>
        <source>Sending lines %1 to %2…</source>
        <translation>שולח את השורות %1 עד %2…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>לא נשלח: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>בוצע.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>נעצר: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n line(s):</source>
        <translation>
            <numerusform>יובאו %1 מתוך שורה אחת:</numerusform>
            <numerusform>יובאו %1 מתוך %n שורות:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>משתמש אחד נוסף</numerusform>
            <numerusform>%n משתמשים נוספו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>אחד עודכן</numerusform>
            <numerusform>%n עודכנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>טלפון אחד נוסף</numerusform>
            <numerusform>%n טלפונים נוספו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) added.</source>
        <translation>
            <numerusform>אזור אחד נוסף.</numerusform>
            <numerusform>%n אזורים נוספו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n line(s).</source>
        <translation>
            <numerusform>לא יובאה: שורה אחת.</numerusform>
            <numerusform>לא יובאו: %n שורות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add User…</source>
        <translation>הוספת משתמש…</translation>
    </message>
    <message>
        <source>Edit User…</source>
        <translation>עריכת משתמש…</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>מחיקת משתמש…</translation>
    </message>
    <message>
        <source>Add Phone to User…</source>
        <translation>הוספת טלפון למשתמש…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>ייבוא CSV…</translation>
    </message>
    <message>
        <source>Export Users File…</source>
        <translation>ייצוא קובץ משתמשים…</translation>
    </message>
    <message>
        <source>Search by user or display name</source>
        <translation>חיפוש לפי משתמש או שם תצוגה</translation>
    </message>
    <message>
        <source>Add or update users and their phones from a CSV file, line by line checked first</source>
        <translation>הוספה או עדכון של משתמשים והטלפונים שלהם מקובץ CSV, לאחר בדיקה שורה אחר שורה</translation>
    </message>
    <message>
        <source>The users and phones file, as Import reads it (without passwords)</source>
        <translation>קובץ המשתמשים והטלפונים, כפי שהייבוא קורא אותו (ללא סיסמאות)</translation>
    </message>
    <message>
        <source>Phone (MAC)</source>
        <translation>טלפון (MAC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>דגם</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>כתובת IP</translation>
    </message>
    <message>
        <source>The user&apos;s phones</source>
        <translation>הטלפונים של המשתמש</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <source>SIP password set</source>
        <translation>סיסמת SIP הוגדרה</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)…</source>
        <translation>
            <numerusform>מחיקת משתמש אחד…</numerusform>
            <numerusform>מחיקת %n משתמשים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>הוספת משתמש</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>עריכת המשתמש %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>אופציונלי</translation>
    </message>
    <message>
        <source>leave empty to keep the current one</source>
        <translation>ריק: ללא שינוי</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;שם משתמש:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>שם ת&amp;צוגה:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;אזור:</translation>
    </message>
    <message>
        <source>SIP &amp;password:</source>
        <translation>&amp;סיסמת SIP:</translation>
    </message>
    <message>
        <source>A user needs a name (the phones&apos; sign-in name).</source>
        <translation>למשתמש נדרש שם (שם הכניסה בטלפונים).</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 128 characters.</source>
        <translation>שם משתמש אינו מכיל רווחים ואורכו עד 128 תווים.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>המשתמש %1 נוסף.</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>המשתמש %1 שונה.</translation>
    </message>
    <message numerus="yes">
        <source>Delete their %n phone(s) too (else they stay, without a user)</source>
        <translation>
            <numerusform>גם מחיקת הטלפון המשויך (אחרת הוא נשאר ללא משתמש)</numerusform>
            <numerusform>גם מחיקת %n הטלפונים המשויכים (אחרת הם נשארים ללא משתמש)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>למחוק את המשתמש %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)?</source>
        <translation>
            <numerusform>למחוק משתמש אחד?</numerusform>
            <numerusform>למחוק %n משתמשים?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>משתמש אחד נמחק.</numerusform>
            <numerusform>%n משתמשים נמחקו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Phone to %1</source>
        <translation>הוספת טלפון ל-%1</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>&amp;כתובת MAC:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>&amp;דגם:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hexadecimal digits, with or without separators).</source>
        <translation>&quot;%1&quot; אינו כתובת MAC (12 ספרות הקסדצימליות, עם או בלי מפרידים).</translation>
    </message>
    <message>
        <source>Phone %1 added.</source>
        <translation>הטלפון %1 נוסף.</translation>
    </message>
    <message>
        <source>Save the users and phones file</source>
        <translation>שמירת קובץ המשתמשים והטלפונים</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the users</source>
        <translation>מייצא את המשתמשים</translation>
    </message>
    <message>
        <source>The users and phones were saved to %1.</source>
        <translation>המשתמשים והטלפונים נשמרו ב-%1.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>לא ניתן היה לשמור את הקובץ ב-%1: %2</translation>
    </message>
    <message>
        <source>No user yet. Add them one by one, or import the users file of the vendor&apos;s server (Import CSV…) with their phones.</source>
        <translation>אין עדיין משתמשים. ניתן להוסיף אותם אחד-אחד, או לייבא את קובץ המשתמשים משרת הספק (ייבוא CSV…) יחד עם הטלפונים שלהם.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>משתמשים</translation>
    </message>
</context>
<context>
    <name>VendorImportWizard</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the server takes an export of at most %3.</source>
        <translation>הקובץ %1 בגודל %2; השרת מקבל קובץ ייצוא של עד %3.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>לא ניתן לייבא קובץ זה: %1</translation>
    </message>
    <message>
        <source>Read: templates %1, tenants %2, sites %3.</source>
        <translation>נקראו: תבניות %1, דיירים %2, אתרים %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of it cannot be read and will be skipped.</source>
        <translation>
            <numerusform>חלק אחד ממנו אינו קריא וידולג.</numerusform>
            <numerusform>%n חלקים ממנו אינם קריאים וידולגו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>הצגת פריטים &amp;ללא שינוי</translation>
    </message>
    <message>
        <source>Import from the Vendor&apos;s Server</source>
        <translation>ייבוא משרת הספק</translation>
    </message>
    <message>
        <source>Choose the Vendor&apos;s Export</source>
        <translation>בחירת קובץ הייצוא של הספק</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, after the server has shown what it would do.</source>
        <translation>דבר לא נכתב עד שלוחצים על &apos;ייבוא&apos;, לאחר שהשרת מציג מה הוא יעשה.</translation>
    </message>
    <message>
        <source>The vendor&apos;s IP Phone Management Server exports its whole configuration as one zip file: its templates, tenants, sites, placeholders and system settings. Tenants become regions; templates keep their name, description, region and default mark; placeholder values go to their level; system settings become system values.</source>
        <translation>ה-IP Phone Management Server של הספק מייצא את כל התצורה שלו כקובץ zip אחד: התבניות, הדיירים, האתרים, מצייני המיקום והגדרות המערכת. דיירים הופכים לאזורים; תבניות שומרות על השם, התיאור, האזור וסימון ברירת המחדל שלהן; ערכי מצייני מיקום עוברים לרמה שלהם; הגדרות המערכת הופכות לערכי מערכת.</translation>
    </message>
    <message>
        <source>the export&apos;s zip file</source>
        <translation>קובץ ה-zip של הייצוא</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>The vendor&apos;s configuration export</source>
        <translation>קובץ ייצוא התצורה של הספק</translation>
    </message>
    <message>
        <source>Vendor configuration export (*.zip);;All files (*)</source>
        <translation>ייצוא תצורה של הספק (*.zip);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Which Tenant Is Each Id?</source>
        <translation>איזה דייר הוא כל מזהה?</translation>
    </message>
    <message>
        <source>The vendor&apos;s Templates.csv names the tenant of each template by a numeric id (TENANT_ID) that Tenants.csv does not list. Choose the tenant each id stands for, or skip its templates.</source>
        <translation>הקובץ Templates.csv של הספק מציין את הדייר של כל תבנית לפי מזהה מספרי (TENANT_ID) ש-Tenants.csv אינו מפרט. יש לבחור את הדייר שכל מזהה מייצג, או לדלג על התבניות שלו.</translation>
    </message>
    <message>
        <source>What the Import Would Do</source>
        <translation>מה הייבוא יעשה</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is the server&apos;s dry run. Skipped rows (in amber) are not imported; point at one to read why. Import writes all the rest in one go: all or nothing.</source>
        <translation>דבר עדיין לא נכתב: זוהי הרצת ניסיון של השרת. שורות שדולגו (בכתום) אינן מיובאות; ניתן להצביע על שורה כדי לקרוא מדוע. הייבוא כותב את כל השאר בבת אחת: הכול או כלום.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>איפה</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>מייבא</translation>
    </message>
    <message>
        <source>The server imports the export in one transaction: if anything fails, nothing is written.</source>
        <translation>השרת מייבא את הייצוא בטרנזקציה אחת: אם משהו נכשל, דבר אינו נכתב.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>Asking the server what the import would do…</source>
        <translation>שואל את השרת מה הייבוא יעשה…</translation>
    </message>
    <message>
        <source>Not connected to a server: connect first (File › Connect to Server…).</source>
        <translation>לא מחובר לשרת: יש להתחבר תחילה (קובץ › חיבור לשרת…).</translation>
    </message>
    <message>
        <source>Only an administrator who may administer the whole system can import the vendor&apos;s export.</source>
        <translation>רק מנהל שרשאי לנהל את המערכת כולה יכול לייבא את קובץ הייצוא של הספק.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s file first.</source>
        <translation>יש לבחור תחילה את קובץ הייצוא.</translation>
    </message>
    <message>
        <source>The server cannot import this file: %1</source>
        <translation>השרת אינו יכול לייבא קובץ זה: %1</translation>
    </message>
    <message>
        <source>The server could not say what the import would do: %1</source>
        <translation>השרת לא הצליח לומר מה הייבוא יעשה: %1</translation>
    </message>
    <message>
        <source>Go on to see what the import would do.</source>
        <translation>יש להמשיך כדי לראות מה הייבוא יעשה.</translation>
    </message>
    <message numerus="yes">
        <source>Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which tenant each one is.</source>
        <translation>
            <numerusform>Templates.csv מציין מזהה דייר אחד ש-Tenants.csv אינו מפרט: יש להמשיך ולציין איזה דייר הוא.</numerusform>
            <numerusform>Templates.csv מציין %n מזהי דיירים ש-Tenants.csv אינו מפרט: יש להמשיך ולציין איזה דייר הוא כל אחד מהם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server what the import would do with these tenants…</source>
        <translation>שואל את השרת מה הייבוא יעשה עם דיירים אלה…</translation>
    </message>
    <message>
        <source>Choose a tenant…</source>
        <translation>בחירת דייר…</translation>
    </message>
    <message>
        <source>%1 (a region of this server)</source>
        <translation>%1 (אזור בשרת זה)</translation>
    </message>
    <message>
        <source>Skip its templates</source>
        <translation>דילוג על התבניות שלו</translation>
    </message>
    <message>
        <source>TENANT_ID %1</source>
        <translation>TENANT_ID %1</translation>
    </message>
    <message>
        <source>Its templates: %1</source>
        <translation>התבניות שלו: %1</translation>
    </message>
    <message>
        <source>Every template&apos;s tenant is known.</source>
        <translation>הדייר של כל תבנית ידוע.</translation>
    </message>
    <message>
        <source>TENANT_ID %1 holds &apos;,&apos; or &apos;=&apos;, which cannot be sent to the server: skip its templates.</source>
        <translation>TENANT_ID %1 מכיל &apos;,&apos; או &apos;=&apos;, שלא ניתן לשלוח לשרת: יש לדלג על התבניות שלו.</translation>
    </message>
    <message>
        <source>“%1” holds a comma, which cannot be sent to the server as a tenant: skip the templates of TENANT_ID %2, or rename the tenant in the vendor&apos;s server.</source>
        <translation>&quot;%1&quot; מכיל פסיק, שלא ניתן לשלוח לשרת כדייר: יש לדלג על התבניות של TENANT_ID %2, או לשנות את שם הדייר בשרת הספק.</translation>
    </message>
    <message>
        <source>Skipped: not imported</source>
        <translation>דולג: לא יובא</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>דולג: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 skipped.</source>
        <translation>%1 ליצירה, %2 לשינוי, %3 ללא שינוי, %4 ידולגו.</translation>
    </message>
    <message>
        <source>The server already holds everything this export would bring.</source>
        <translation>השרת כבר מכיל את כל מה שקובץ ייצוא זה היה מביא.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>לא נשלח.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 דבר לא יובא.</translation>
    </message>
    <message>
        <source>The server is importing the export…</source>
        <translation>השרת מייבא את הייצוא…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>בוצע.</translation>
    </message>
    <message>
        <source>Imported from the vendor&apos;s export: %1 created, %2 changed, %3 unchanged, %4 skipped.</source>
        <translation>יובא מקובץ הייצוא של הספק: %1 נוצרו, %2 שונו, %3 ללא שינוי, %4 דולגו.</translation>
    </message>
    <message>
        <source>What was skipped was not imported (the preview said why).</source>
        <translation>מה שדולג לא יובא (התצוגה המקדימה פירטה מדוע).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>נעצר.</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The import is all or nothing: look at the regions and templates to see whether it was done before importing again.</source>
        <translation>השרת לא ענה: %1. הייבוא הוא הכול או כלום: יש לבדוק את האזורים והתבניות כדי לראות אם בוצע, לפני ייבוא חוזר.</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>הוא ענה %1</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>נדחה.</translation>
    </message>
    <message>
        <source>The server refused the import: %1. Nothing was imported.</source>
        <translation>השרת דחה את הייבוא: %1. דבר לא יובא.</translation>
    </message>
</context>
</TS>
