<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/Account.cpp" line="+412"/>
        <source>This is not a valid address. An address looks like name@example.org.</source>
        <translation>Dies ist keine gültige Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong address or password. Check them and sign in again.</source>
        <translation>Falsche Adresse oder falsches Passwort. Prüfen Sie beide und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Salon keeps trying; check your network or the server&apos;s address.</source>
        <translation>Der Server ist nicht erreichbar. Salon versucht es weiter; prüfen Sie Ihre Netzwerkverbindung oder die Adresse des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted, so Salon did not connect. Ask the server&apos;s administrator.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher hat Salon keine Verbindung hergestellt. Wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer an encrypted connection, so Salon did not connect.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an, daher hat Salon keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Salon is reconnecting.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Salon verbindet sich erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error. Salon is reconnecting.</source>
        <translation>Der Server hat die Verbindung mit einem Fehler beendet. Salon verbindet sich erneut.</translation>
    </message>
</context>
<context>
    <name>AccountLabel</name>
    <message>
        <location filename="../src/ui/AccountLabel.cpp" line="+10"/>
        <source>%1 (%2)</source>
        <comment>a notification title, then the account that it is about</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../src/ui/AccountListModel.cpp" line="+33"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../resources/qml/org/salon/account/AccountSwitcher.qml" line="+57"/>
        <source>%1 (%2)</source>
        <comment>an account&apos;s name, then its number of unread messages</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/AddContactDialog.qml" line="+66"/>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Salon adds the contact and asks to see their presence. You see them online once they accept.</source>
        <translation>Salon fügt den Kontakt hinzu und fragt an, dessen Onlinestatus sehen zu dürfen. Sobald die Anfrage angenommen wird, sehen Sie, wann der Kontakt online ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>XMPP address</source>
        <translation>XMPP-Adresse</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group (optional)</source>
        <translation>Gruppe (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>AttachmentFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/AttachmentFileDialog.qml" line="+14"/>
        <source>Choose a File to Send</source>
        <translation>Datei zum Senden auswählen</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/AttachmentView.qml" line="+66"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>AvatarFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/AvatarFileDialog.qml" line="+16"/>
        <source>Choose an Image for Your Avatar</source>
        <translation>Bild für Ihren Avatar auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AvatarPublisher</name>
    <message>
        <location filename="../src/media/AvatarPublisher.cpp" line="+36"/>
        <source>Choose an image file on this computer.</source>
        <translation>Wählen Sie eine Bilddatei auf diesem Computer aus.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Salon is still preparing the previous image. Try again in a moment.</source>
        <translation>Salon bereitet noch das vorherige Bild vor. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file &quot;%1&quot; is empty. Choose an image.</source>
        <translation>Die Datei „%1“ ist leer. Wählen Sie ein Bild aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not read the file &quot;%1&quot;. Check that it exists and that you may open it.</source>
        <translation>Salon konnte die Datei „%1“ nicht lesen. Prüfen Sie, ob sie existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; is larger than %2 MB. Choose a smaller image.</source>
        <translation>Die Datei „%1“ ist größer als %2 MB. Wählen Sie ein kleineres Bild aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image &quot;%1&quot; is larger than %2 × %2 pixels. Choose a smaller image.</source>
        <translation>Das Bild „%1“ ist größer als %2 × %2 Pixel. Wählen Sie ein kleineres Bild aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; is not an image that Salon can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>Die Datei „%1“ ist kein Bild, das Salon lesen kann. Wählen Sie ein PNG-, JPEG-, GIF- oder WebP-Bild aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not convert the image &quot;%1&quot; for publishing. Try another image.</source>
        <translation>Salon konnte das Bild „%1“ nicht für die Veröffentlichung umwandeln. Versuchen Sie es mit einem anderen Bild.</translation>
    </message>
</context>
<context>
    <name>AvatarService</name>
    <message>
        <location filename="../src/core/AvatarService.cpp" line="+550"/>
        <source>The avatar image is larger than %1 KB after scaling. Choose a simpler image.</source>
        <translation>Das Avatarbild ist nach dem Skalieren größer als %1 KB. Wählen Sie ein einfacheres Bild aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salon could not publish your avatar: the image data is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Salon konnte Ihren Avatar nicht veröffentlichen: Die Bilddaten sind kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Change your avatar once Salon is connected again.</source>
        <translation>Sie sind offline. Ändern Sie Ihren Avatar, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>You are offline. Remove your avatar once Salon is connected again.</source>
        <translation>Sie sind offline. Entfernen Sie Ihren Avatar, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server rejected it (%1).</source>
        <translation>der Server hat ihn abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not change your avatar: %1</source>
        <translation>Salon konnte Ihren Avatar nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/BlockedContactsSection.qml" line="+34"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You do not receive their messages or presence, and they do not see yours.</source>
        <translation>Sie erhalten von ihnen weder Nachrichten noch den Onlinestatus, und sie sehen Ihre nicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblock %1</source>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>BlockingService</name>
    <message>
        <location filename="../src/core/BlockingService.cpp" line="+225"/>
        <source>Salon could not block %1: %2</source>
        <translation>Salon konnte %1 nicht blockieren: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could not unblock %1: %2</source>
        <translation>Salon konnte die Blockierung von %1 nicht aufheben: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is your own address. Choose the address of someone else.</source>
        <translation>%1 ist Ihre eigene Adresse. Wählen Sie die Adresse einer anderen Person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are offline. Block or unblock addresses once Salon is connected again.</source>
        <translation>Sie sind offline. Blockieren Sie Adressen oder heben Sie Blockierungen auf, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon cannot block or unblock %1: the server does not support blocking.</source>
        <translation>Salon kann %1 weder blockieren noch die Blockierung aufheben: Der Server unterstützt kein Blockieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server does not accept this address.</source>
        <translation>der Server akzeptiert diese Adresse nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not support blocking.</source>
        <translation>der Server unterstützt kein Blockieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not allow it.</source>
        <translation>der Server erlaubt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>der Server hat einen Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>BookmarksService</name>
    <message>
        <location filename="../src/core/BookmarksService.cpp" line="+180"/>
        <location line="+31"/>
        <source>This is not a valid room address.</source>
        <translation>Dies ist keine gültige Raumadresse.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Sie sind offline. Versuchen Sie es erneut, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The server rejected the change.</source>
        <translation>Der Server hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Salon could not remove your bookmark of %1: %2</source>
        <translation>Salon konnte Ihr Lesezeichen für %1 nicht entfernen: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could not save your bookmark of %1: %2</source>
        <translation>Salon konnte Ihr Lesezeichen für %1 nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>BrowserUploads</name>
    <message>
        <location filename="../src/headless/linker/BrowserUploads.cpp" line="+34"/>
        <source>The method %1.%2 takes %3 arguments, not %4.</source>
        <translation>Die Methode %1.%2 erwartet %3 Argumente, nicht %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argument %1 of %2.%3: %4</source>
        <translation>Argument %1 von %2.%3: %4</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
        <translation>Eine Aufrufanfrage benötigt ein Objekt, einen Methodennamen und, falls angegeben, ein Array von Argumenten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The upload key must have 1 to %1 characters.</source>
        <translation>Der Upload-Schlüssel muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object &quot;%1&quot; has no method &quot;%2&quot; that can be called.</source>
        <translation>Das Objekt „%1“ hat keine aufrufbare Methode „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upload with the key &quot;%1&quot; is already running in this tab.</source>
        <translation>In diesem Tab läuft bereits ein Upload mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty. Choose a file with content.</source>
        <translation>Die Datei %1 ist leer. Wählen Sie eine Datei mit Inhalt aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server does not accept files, so %1 cannot be sent.</source>
        <translation>Ihr Server nimmt keine Dateien an, daher kann %1 nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is %2, more than the %3 that your server accepts.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die %3, die Ihr Server annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is %2, more than the %3 that Salon sends through the web page.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die %3, die Salon über die Webseite sendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tab is sending %1 files already. Wait until one is sent.</source>
        <translation>Dieser Tab sendet bereits %1 Dateien. Warten Sie, bis eine davon gesendet ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <location line="+22"/>
        <source>Salon could not store the file %1 on the server. Try again later.</source>
        <translation>Salon konnte die Datei %1 nicht auf dem Server speichern. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+32"/>
        <source>There is no upload with the key &quot;%1&quot; in this tab.</source>
        <translation>In diesem Tab gibt es keinen Upload mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+4"/>
        <source>A chunk must have 1 to %1 bytes, in base64.</source>
        <translation>Ein Datenblock muss 1 bis %1 Byte groß sein, Base64-kodiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is larger than the size given when its upload began. Send it again.</source>
        <translation>Die Datei %1 ist größer als die Größe, die zu Beginn ihres Uploads angegeben wurde. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only %1 of the %2 bytes of %3 arrived. Send the rest before finishing.</source>
        <translation>Nur %1 der %2 Byte von %3 sind angekommen. Senden Sie den Rest, bevor Sie den Upload abschließen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Salon could not send the file %1.</source>
        <translation>Salon konnte die Datei %1 nicht senden.</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <location filename="../src/core/ChatService.cpp" line="+297"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty. Write something before sending.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie etwas, bevor Sie sie senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is longer than %1 characters. Split it into several messages.</source>
        <translation>Die Nachricht ist länger als %1 Zeichen. Teilen Sie sie auf mehrere Nachrichten auf.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Your message to %1 could not be delivered.</source>
        <translation>Ihre Nachricht an %1 konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Salon could not export the conversation: the address or the format is not valid.</source>
        <translation>Salon konnte die Unterhaltung nicht exportieren: Die Adresse oder das Format ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account keeps no message history, so there is nothing to export.</source>
        <translation>Dieses Konto speichert keinen Nachrichtenverlauf, daher gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You have no message to %1 to correct.</source>
        <translation>Sie haben keine Nachricht an %1, die Sie korrigieren könnten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only your own messages can be retracted.</source>
        <translation>Nur Ihre eigenen Nachrichten können zurückgezogen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message you reply to is no longer in the conversation.</source>
        <translation>Die Nachricht, auf die Sie antworten, ist nicht mehr in der Unterhaltung.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The message you react to is no longer in the conversation.</source>
        <translation>Die Nachricht, auf die Sie reagieren, ist nicht mehr in der Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>ChatTime</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ChatTime.js" line="+12"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <comment>minutes since a message</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ChatsPage.qml" line="+27"/>
        <source>Chats</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations (Ctrl+F)</source>
        <translation>Die Nachrichten aller Unterhaltungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a contact and choose Send Message to start a conversation.</source>
        <translation>Öffnen Sie einen Kontakt und wählen Sie „Nachricht senden“, um eine Unterhaltung zu beginnen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/ui/CommandLine.cpp" line="+25"/>
        <source>XMPP address (bare JID) of the account, such as alice@example.org. Without --password-stdin it is only filled into the sign-in page. With --jid the app runs only this account and leaves the saved account list unchanged.</source>
        <translation>XMPP-Adresse (reine JID) des Kontos, z. B. alice@example.org. Ohne --password-stdin wird sie nur in die Anmeldeseite eingetragen. Mit --jid verwendet die Anwendung nur dieses Konto und lässt die Liste der gespeicherten Konten unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input and sign in at start. Needs --jid.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen und sich beim Start anmelden. Erfordert --jid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name or IP address of the XMPP server. Default: found through the JID domain&apos;s DNS SRV records.</source>
        <translation>Hostname oder IP-Adresse des XMPP-Servers. Standard: über die DNS-SRV-Einträge der Domain der JID ermittelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP port of the XMPP server, 1 to 65535. Default: the SRV record&apos;s port, or 5222.</source>
        <translation>TCP-Port des XMPP-Servers, 1 bis 65535. Standard: der Port des SRV-Eintrags oder 5222.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of certificate authorities to trust in addition to the system&apos;s, for a server with a private CA.</source>
        <translation>PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird, für einen Server mit privater CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cache of everything Salon has seen: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: sqlite:%1.</source>
        <translation>Cache für alles, was Salon gesehen hat: sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME. Standard: sqlite:%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the view of --screenshot-view shows its content, save a PNG screenshot of the window to FILE and keep running.</source>
        <translation>Sobald die Ansicht von --screenshot-view ihren Inhalt anzeigt, ein PNG-Bildschirmfoto des Fensters in FILE speichern und weiterlaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the window shows in the screenshot of --screenshot: contacts (the contact list with its contacts), feed (the news feed, once the posts of the account and of its contacts are fetched) or chat:JID (the conversation with JID, once its newest messages are loaded). Default: contacts.</source>
        <translation>Was das Fenster im Bildschirmfoto von --screenshot zeigt: contacts (die Kontaktliste mit ihren Kontakten), feed (die Neuigkeiten, sobald die Beiträge des Kontos und seiner Kontakte abgerufen sind) oder chat:JID (die Unterhaltung mit JID, sobald ihre neuesten Nachrichten geladen sind). Standard: contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon, a social XMPP client.</source>
        <translation>Salon, ein sozialer XMPP-Client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>xmpp: URI to open, such as xmpp:alice@example.org?message for a chat, ?join for a group chat room or ?roster to add a contact. When Salon already runs, the URI goes to the running app.</source>
        <translation>Zu öffnende xmpp:-URI, etwa xmpp:alice@example.org?message für einen Chat, ?join für einen Gruppenchat-Raum oder ?roster, um einen Kontakt hinzuzufügen. Läuft Salon bereits, geht die URI an die laufende Anwendung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unexpected argument: %1. Run with --help to list the options.</source>
        <translation>Unerwartetes Argument: %1. Mit --help aufrufen, um die Optionen aufzulisten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--password-stdin needs --jid: give the JID to sign in with.</source>
        <translation>--password-stdin erfordert --jid: Geben Sie die JID an, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--xmpp-host is empty: give a host name or an IP address.</source>
        <translation>--xmpp-host ist leer: Geben Sie einen Hostnamen oder eine IP-Adresse an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--screenshot is empty: give the path of the PNG file to write.</source>
        <translation>--screenshot ist leer: Geben Sie den Pfad der zu schreibenden PNG-Datei an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--screenshot-view needs --screenshot: give the path of the PNG file to write.</source>
        <translation>--screenshot-view erfordert --screenshot: Geben Sie den Pfad der zu schreibenden PNG-Datei an.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Invalid --xmpp-port value &quot;%1&quot;: give a TCP port from 1 to 65535.</source>
        <translation>Ungültiger Wert „%1“ für --xmpp-port: Geben Sie einen TCP-Port von 1 bis 65535 an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid --screenshot-view value &quot;%1&quot;: &quot;%2&quot; is not a valid JID. Give one after chat:, such as chat:alice@example.org.</source>
        <translation>Ungültiger Wert „%1“ für --screenshot-view: „%2“ ist keine gültige JID. Geben Sie eine nach chat: an, etwa chat:alice@example.org.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --screenshot-view value &quot;%1&quot;: give contacts, feed or chat:JID.</source>
        <translation>Ungültiger Wert „%1“ für --screenshot-view: Geben Sie contacts, feed oder chat:JID an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the --ca-certificates file %1: %2.</source>
        <translation>Die Datei %1 für --ca-certificates kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The --ca-certificates file %1 contains no PEM certificate.</source>
        <translation>Die Datei %1 für --ca-certificates enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommentDelegate.qml" line="+31"/>
        <source>Comment by %1</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · wartet auf Versand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Comment</source>
        <translation>Kommentar löschen</translation>
    </message>
</context>
<context>
    <name>CommentsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommentsSection.qml" line="+40"/>
        <source>Your like could not be removed.</source>
        <translation>Ihr „Gefällt mir“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post could not be liked. Make sure that you are signed in.</source>
        <translation>Der Beitrag konnte nicht mit „Gefällt mir“ markiert werden. Stellen Sie sicher, dass Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comment could not be sent. Make sure that you are signed in.</source>
        <translation>Der Kommentar konnte nicht gesendet werden. Stellen Sie sicher, dass Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>♥ %1</source>
        <comment>like button with the number of likes</comment>
        <translation>♥ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>♥</source>
        <comment>like button</comment>
        <translation>♥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Unlike</source>
        <translation>Gefällt mir nicht mehr</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Liked by %1</source>
        <translation>Gefällt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This comment can no longer be deleted.</source>
        <translation>Dieser Kommentar kann nicht mehr gelöscht werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>CommentsService</name>
    <message>
        <location filename="../src/core/CommentsService.cpp" line="+551"/>
        <source>You have not liked this post.</source>
        <translation>Sie haben diesen Beitrag nicht mit „Gefällt mir“ markiert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This comment is no longer available.</source>
        <translation>Dieser Kommentar ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the author of this comment or the owner of the post may delete it.</source>
        <translation>Nur der Autor dieses Kommentars oder der Eigentümer des Beitrags darf ihn löschen.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommunitiesPage.qml" line="+47"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Community…</source>
        <translation>Community erstellen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 offers no community service.</source>
        <translation>%1 bietet keinen Community-Dienst an.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Subscribed (%1)</source>
        <translation>Abonniert (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No communities yet</source>
        <translation>Noch keine Communitys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover the communities of your server or of any other, or create one.</source>
        <translation>Entdecken Sie die Communitys Ihres Servers oder eines beliebigen anderen, oder erstellen Sie eine eigene.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Server, such as example.org; empty for yours</source>
        <translation>Server, z. B. example.org; leer für Ihren eigenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No communities on %1</source>
        <translation>Keine Communitys auf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No service chosen</source>
        <translation>Kein Dienst ausgewählt</translation>
    </message>
</context>
<context>
    <name>CommunityConfigurationDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommunityConfigurationDialog.qml" line="+40"/>
        <source>Loading the community&apos;s configuration…</source>
        <translation>Community-Einstellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CommunityDelegate</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/social/CommunityDelegate.qml" line="+64"/>
        <source>%1 · %n subscriber(s)</source>
        <translation>
            <numerusform>%1 · %n Abonnent</numerusform>
            <numerusform>%1 · %n Abonnenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
</context>
<context>
    <name>CommunityDirectory</name>
    <message>
        <location filename="../src/core/CommunityDirectory.cpp" line="+99"/>
        <source>“%1” is not a valid address of a community service.</source>
        <translation>„%1“ ist keine gültige Adresse eines Community-Dienstes.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Salon could not list the communities of %1: %2</source>
        <translation>Salon konnte die Communitys von %1 nicht auflisten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon could list only some communities of %1: %2</source>
        <translation>Salon konnte nur einige Communitys von %1 auflisten: %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>the service sent an invalid response.</source>
        <translation>der Dienst hat eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service was not found. Check the address.</source>
        <translation>der Dienst wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service&apos;s server did not respond in time. Try again later.</source>
        <translation>der Server des Dienstes hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service does not allow you to list its communities.</source>
        <translation>der Dienst erlaubt Ihnen nicht, seine Communitys aufzulisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address is not a community service, or the service does not list its communities.</source>
        <translation>die Adresse ist kein Community-Dienst, oder der Dienst listet seine Communitys nicht auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service reported an error.</source>
        <translation>der Dienst hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service reported an error: %1</source>
        <translation>der Dienst hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>CommunityFormRequests</name>
    <message>
        <location filename="../src/headless/linker/CommunityFormRequests.cpp" line="+46"/>
        <source>The method &quot;%1&quot; of &quot;communities&quot; takes two strings, the service address and the node.</source>
        <translation>Die Methode „%1“ von „communities“ erwartet zwei Zeichenketten: die Adresse des Dienstes und den Knoten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; with the node &quot;%2&quot; names no community. A service address looks like pubsub.example.org.</source>
        <translation>„%1“ mit dem Knoten „%2“ bezeichnet keine Community. Eine Dienstadresse sieht so aus: pubsub.example.org.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tab has too many conversations, rooms and forms open. Close one before configuring a community.</source>
        <translation>In diesem Tab sind zu viele Unterhaltungen, Räume und Formulare geöffnet. Schließen Sie eines davon, bevor Sie eine Community einrichten.</translation>
    </message>
</context>
<context>
    <name>CommunityService</name>
    <message>
        <location filename="../src/core/CommunityService.cpp" line="+157"/>
        <location line="+32"/>
        <location line="+275"/>
        <location line="+40"/>
        <location line="+78"/>
        <source>This is not a valid community address.</source>
        <translation>Dies ist keine gültige Community-Adresse.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Subscribe to the community before choosing its notifications.</source>
        <translation>Abonnieren Sie die Community, bevor Sie ihre Benachrichtigungen einstellen.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>This is not a valid address of a community service.</source>
        <translation>Dies ist keine gültige Adresse eines Community-Dienstes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who may read the community: open, presence, roster, authorize or whitelist.</source>
        <translation>Wählen Sie, wer die Community lesen darf: open, presence, roster, authorize oder whitelist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the community a title.</source>
        <translation>Geben Sie der Community einen Titel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The community&apos;s name is too long.</source>
        <translation>Der Name der Community ist zu lang.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 rejected the community&apos;s settings. It may not support the access model “%2”. Choose another one.</source>
        <translation>%1 hat die Einstellungen der Community abgelehnt. Möglicherweise wird das Zugriffsmodell „%2“ nicht unterstützt. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The community %1 sent no configuration form.</source>
        <translation>Die Community %1 hat kein Einstellungsformular gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the community&apos;s configuration before saving it.</source>
        <translation>Laden Sie die Einstellungen der Community, bevor Sie sie speichern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The community&apos;s configuration has no field &quot;%1&quot; that can be changed.</source>
        <translation>Die Einstellungen der Community haben kein änderbares Feld „%1“.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The service %1 was not found.</source>
        <translation>Der Dienst %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This community does not exist on %1.</source>
        <translation>Diese Community existiert auf %1 nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This community does not allow you to subscribe.</source>
        <translation>Diese Community erlaubt Ihnen kein Abonnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow you to create communities.</source>
        <translation>%1 erlaubt Ihnen nicht, Communitys zu erstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owners of a community may configure it.</source>
        <translation>Nur die Eigentümer einer Community dürfen sie einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owners of a community may delete it.</source>
        <translation>Nur die Eigentümer einer Community dürfen sie löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A community with this name exists already on %1. Choose another name.</source>
        <translation>Auf %1 gibt es bereits eine Community mit diesem Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not support creating communities with these settings.</source>
        <translation>%1 unterstützt das Erstellen von Communitys mit diesen Einstellungen nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service rejected the configuration. Check the values and try again.</source>
        <translation>Der Dienst hat die Einstellungen abgelehnt. Prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service rejected the configuration: %1</source>
        <translation>Der Dienst hat die Einstellungen abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ComposerBanner</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ComposerBanner.qml" line="+62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ContactDelegate.qml" line="+44"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free to chat</source>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for a long time</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Send Message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View Profile</source>
        <translation>Profil anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit Groups…</source>
        <translation>Gruppen bearbeiten…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Warten auf Bestätigung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>– %1</source>
        <comment>status text after the presence</comment>
        <translation>– %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ContactsPage.qml" line="+54"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+195"/>
        <source>Add Contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Add a contact and ask to see their presence</source>
        <translation>Einen Kontakt hinzufügen und anfragen, dessen Onlinestatus sehen zu dürfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit My Profile…</source>
        <translation>Mein Profil bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the profile that others see</source>
        <translation>Das Profil bearbeiten, das andere sehen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Asked %1 to share their presence</source>
        <translation>%1 wurde gebeten, den Onlinestatus zu teilen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you add to your contacts, and people who accept your requests, appear here.</source>
        <translation>Personen, die Sie zu Ihren Kontakten hinzufügen, und Personen, die Ihre Anfragen annehmen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/chat/ConversationDelegate.qml" line="+29"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You: %1</source>
        <comment>preview of the user&apos;s own message</comment>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>99+</source>
        <translation>99+</translation>
    </message>
</context>
<context>
    <name>ConversationExportRequests</name>
    <message>
        <location filename="../src/headless/linker/ConversationExportRequests.cpp" line="+61"/>
        <source>The method chats.exportConversation takes two arguments, the chat address and the format.</source>
        <translation>Die Methode chats.exportConversation erwartet zwei Argumente: die Chat-Adresse und das Format.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export format must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>Das Exportformat muss „text“ oder „json“ sein.</translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/chat/ConversationExporter.qml" line="+68"/>
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon kann keinen Dateidialog anzeigen, weil das QML-Modul Qt.labs.platform fehlt. Installieren Sie das Paket qml-module-qt-labs-platform.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ConversationPage.qml" line="+72"/>
        <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
        <translation>Die Nachricht, die Sie bearbeiten, ist nicht mehr Ihre neueste, daher kann sie nicht korrigiert werden.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Export Conversation…</source>
        <translation>Unterhaltung exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As Plain Text…</source>
        <translation>Als reinen Text…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon kann keinen Dateidialog anzeigen, weil das QML-Modul Qt.labs.platform fehlt. Installieren Sie das Paket qml-module-qt-labs-platform.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The message is no longer in this conversation.</source>
        <translation>Die Nachricht ist nicht mehr in dieser Unterhaltung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
</context>
<context>
    <name>ConversationRequests</name>
    <message>
        <location filename="../src/headless/linker/ConversationRequests.cpp" line="+56"/>
        <source>The method &quot;%1&quot; of &quot;chats&quot; takes two arguments, the chat address and the message id.</source>
        <translation>Die Methode „%1“ von „chats“ erwartet zwei Argumente: die Chat-Adresse und die Nachrichten-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The method &quot;%1&quot; of &quot;chats&quot; takes one argument, the chat address.</source>
        <translation>Die Methode „%1“ von „chats“ erwartet ein Argument: die Chat-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The conversation with %1 is not open. Open it before loading older messages.</source>
        <translation>Die Unterhaltung mit %1 ist nicht geöffnet. Öffnen Sie sie, bevor Sie ältere Nachrichten laden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tab has %1 conversations open already. Close one before opening another.</source>
        <translation>In diesem Tab sind bereits %1 Unterhaltungen geöffnet. Schließen Sie eine, bevor Sie eine weitere öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Argument 2 of chats.revealMessage: %1</source>
        <translation>Argument 2 von chats.revealMessage: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation with %1 is not open. Open it before showing one of its messages.</source>
        <translation>Die Unterhaltung mit %1 ist nicht geöffnet. Öffnen Sie sie, bevor Sie eine ihrer Nachrichten anzeigen.</translation>
    </message>
</context>
<context>
    <name>CreateCommunityDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CreateCommunityDialog.qml" line="+37"/>
        <source>Create Community</source>
        <translation>Community erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who may read it</source>
        <translation>Wer sie lesen darf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who see my presence</source>
        <translation>Personen, die meinen Onlinestatus sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in my roster</source>
        <translation>Kontakte in meiner Kontaktliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I approve</source>
        <translation>Personen, die ich bestätige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people I add</source>
        <translation>Nur Personen, die ich hinzufüge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PubSub service, such as pubsub.example.org</source>
        <translation>PubSub-Dienst, z. B. pubsub.example.org</translation>
    </message>
</context>
<context>
    <name>DeleteCommunityDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/DeleteCommunityDialog.qml" line="+24"/>
        <source>Delete Community</source>
        <translation>Community löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1 with all its posts? Its subscribers are told that it is gone.</source>
        <translation>%1 mit allen Beiträgen löschen? Den Abonnenten wird mitgeteilt, dass sie nicht mehr existiert.</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/DeleteMessageDialog.qml" line="+25"/>
        <source>Delete for Everyone?</source>
        <translation>Für alle löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message will be replaced by “This message was deleted” here and for the other person, as far as their app supports it. This cannot be undone.</source>
        <translation>Die Nachricht wird hier und bei der anderen Person durch „Diese Nachricht wurde gelöscht“ ersetzt, sofern deren App dies unterstützt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DeletePostDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/DeletePostDialog.qml" line="+27"/>
        <source>Delete Post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the post “%1” and its comments for everyone?</source>
        <translation>Den Beitrag „%1“ und seine Kommentare für alle löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post and its comments for everyone?</source>
        <translation>Diesen Beitrag und seine Kommentare für alle löschen?</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../src/ui/DesktopApp.cpp" line="+562"/>
        <source>The main window could not be loaded from %1; the QML errors are logged above.</source>
        <translation>Das Hauptfenster konnte nicht aus %1 geladen werden; die QML-Fehler sind oben protokolliert.</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <location filename="../src/ui/DesktopSettings.cpp" line="+89"/>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DestroyRoomDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/DestroyRoomDialog.qml" line="+29"/>
        <source>Destroy Room</source>
        <translation>Raum auflösen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroy</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destroy %1? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
        <translation>%1 auflösen? Alle Anwesenden werden entfernt, und der Raum, seine Einstellungen und seine Mitgliederliste werden endgültig gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alternate room (optional)</source>
        <translation>Ersatzraum (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address of a room to go to instead</source>
        <translation>Adresse eines Raums, in den stattdessen gewechselt werden soll</translation>
    </message>
</context>
<context>
    <name>EditGroupsDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/EditGroupsDialog.qml" line="+24"/>
        <source>Groups of %1</source>
        <translation>Gruppen von %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In no group. The contact list shows it under “No group”.</source>
        <translation>In keiner Gruppe. Die Kontaktliste zeigt den Kontakt unter „Keine Gruppe“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to a group</source>
        <translation>Zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/EditProfileDialog.qml" line="+113"/>
        <source>Edit My Profile</source>
        <translation>Mein Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon kann keinen Dateidialog anzeigen, weil das QML-Modul Qt.labs.platform fehlt. Installieren Sie das Paket qml-module-qt-labs-platform.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anyone who knows your address can see these fields.</source>
        <translation>Jeder, der Ihre Adresse kennt, kann diese Felder sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatar:</source>
        <translation>Avatar:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Avatar…</source>
        <translation>Avatar ändern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Avatar</source>
        <translation>Avatar entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the avatar…</source>
        <translation>Avatar wird geändert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About:</source>
        <translation>Über mich:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/ExplorePage.qml" line="+43"/>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No public communities found</source>
        <translation>Keine öffentlichen Communitys gefunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tag, such as news</source>
        <translation>Schlagwort, z. B. news</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No public posts with #%1</source>
        <translation>Keine öffentlichen Beiträge mit #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a tag</source>
        <translation>Wählen Sie ein Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public posts of your own blog and of the communities you follow show here.</source>
        <translation>Öffentliche Beiträge Ihres eigenen Blogs und der Communitys, denen Sie folgen, werden hier angezeigt.</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ExportFileDialog.qml" line="+18"/>
        <source>Export Conversation as JSON</source>
        <translation>Unterhaltung als JSON exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Conversation as Plain Text</source>
        <translation>Unterhaltung als reinen Text exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/FeedPage.qml" line="+61"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue Draft…</source>
        <translation>Entwurf fortsetzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Post…</source>
        <translation>Neuer Beitrag…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your communities, and communities to discover</source>
        <translation>Ihre Communitys und Communitys zum Entdecken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public communities and posts by tag</source>
        <translation>Öffentliche Communitys und Beiträge nach Schlagwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Posts</source>
        <translation>Meine Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The posts of your blog, as others see them</source>
        <translation>Die Beiträge Ihres Blogs, wie andere sie sehen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Load Older Posts</source>
        <translation>Ältere Beiträge laden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts of your contacts and your own posts show here. Write the first one with New Post.</source>
        <translation>Beiträge Ihrer Kontakte und Ihre eigenen Beiträge werden hier angezeigt. Schreiben Sie den ersten mit „Neuer Beitrag“.</translation>
    </message>
</context>
<context>
    <name>FileTransferService</name>
    <message>
        <location filename="../src/core/FileTransferService.cpp" line="+168"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file on this computer to send.</source>
        <translation>Wählen Sie auf diesem Computer eine Datei zum Senden aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+120"/>
        <source>Salon could not read the file %1. Check that it exists and that you may open it.</source>
        <translation>Salon konnte die Datei %1 nicht lesen. Prüfen Sie, ob sie existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The file %1 is empty. Choose a file with content.</source>
        <translation>Die Datei %1 ist leer. Wählen Sie eine Datei mit Inhalt aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your server does not accept files, so %1 cannot be sent.</source>
        <translation>Ihr Server nimmt keine Dateien an, daher kann %1 nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is %2, more than the %3 that your server accepts.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die %3, die Ihr Server annimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Send %1 once Salon is connected again.</source>
        <translation>Sie sind offline. Senden Sie %1, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Salon could not request an upload of %1 from your server. Try again.</source>
        <translation>Salon konnte bei Ihrem Server keinen Upload von %1 anfordern. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your server did not reply to the upload request for %1. Try again later.</source>
        <translation>Ihr Server hat auf die Upload-Anfrage für %1 nicht geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your server refused the upload of %1.</source>
        <translation>Ihr Server hat den Upload von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your server refused the upload of %1: %2</source>
        <translation>Ihr Server hat den Upload von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your server offered an invalid upload address for %1.</source>
        <translation>Ihr Server hat für %1 eine ungültige Upload-Adresse angeboten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 changed while it was being sent. Send it again.</source>
        <translation>Die Datei %1 wurde während des Sendens verändert. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The upload of %1 failed: the server %2 replied with HTTP status %3.</source>
        <translation>Der Upload von %1 ist fehlgeschlagen: Der Server %2 hat mit dem HTTP-Status %3 geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload of %1 failed: %2. Check your connection and try again.</source>
        <translation>Der Upload von %1 ist fehlgeschlagen: %2. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This message has no file to download.</source>
        <translation>Diese Nachricht enthält keine Datei zum Herunterladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon downloads files only from http and https addresses.</source>
        <translation>Salon lädt Dateien nur von http- und https-Adressen herunter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salon could not create the download folder %1. Choose another folder.</source>
        <translation>Salon konnte den Download-Ordner %1 nicht erstellen. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Salon could not write %1 into the folder %2. Check that you may write there.</source>
        <translation>Salon konnte %1 nicht in den Ordner %2 schreiben. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The file %1 is larger than %2. Download it anyway if you want it.</source>
        <translation>Die Datei %1 ist größer als %2. Laden Sie sie trotzdem herunter, wenn Sie sie haben möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of %1 failed: the server %2 replied with HTTP status %3.</source>
        <translation>Der Download von %1 ist fehlgeschlagen: Der Server %2 hat mit dem HTTP-Status %3 geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of %1 failed: %2. Check your connection and try again.</source>
        <translation>Der Download von %1 ist fehlgeschlagen: %2. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not write %1: %2</source>
        <translation>Salon konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The upload of %1 was cancelled.</source>
        <translation>Der Upload von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../src/headless/server/IniFile.cpp" line="+13"/>
        <source>Cannot read the configuration file &quot;%1&quot;: %2.</source>
        <translation>Die Konfigurationsdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 line %2: sections such as &quot;%3&quot; are not used; write every key at the top level.</source>
        <translation>%1 Zeile %2: Abschnitte wie „%3“ werden nicht verwendet; schreiben Sie jeden Schlüssel auf die oberste Ebene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: expected &quot;key = value&quot;, found &quot;%3&quot;.</source>
        <translation>%1 Zeile %2: „Schlüssel = Wert“ erwartet, „%3“ gefunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: key &quot;%3&quot; is set already on line %4.</source>
        <translation>%1 Zeile %2: Der Schlüssel „%3“ ist bereits in Zeile %4 gesetzt.</translation>
    </message>
</context>
<context>
    <name>InvitationsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/InvitationsSection.qml" line="+21"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 invites you to %2: %3</source>
        <translation>%1 lädt Sie in %2 ein: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invites you to %2</source>
        <translation>%1 lädt Sie in %2 ein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/InviteDialog.qml" line="+39"/>
        <source>Invite to Room</source>
        <translation>In Raum einladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact or address</source>
        <translation>Kontakt oder Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search contacts or type an address, such as bob@example.org</source>
        <translation>Kontakte durchsuchen oder eine Adresse eingeben, z. B. bob@example.org</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
</context>
<context>
    <name>IqResponse</name>
    <message>
        <location filename="../src/core/IqResponse.cpp" line="+12"/>
        <source>the server did not respond in time. Try again later.</source>
        <translation>der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was lost before the server responded. Try again once Salon is connected.</source>
        <translation>die Verbindung wurde unterbrochen, bevor der Server geantwortet hat. Versuchen Sie es erneut, sobald Salon verbunden ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are offline. Try again once Salon is connected.</source>
        <translation>Sie sind offline. Versuchen Sie es erneut, sobald Salon verbunden ist.</translation>
    </message>
</context>
<context>
    <name>LinkPreviewService</name>
    <message>
        <location filename="../src/core/LinkPreviewService.cpp" line="+101"/>
        <source>Only web addresses that start with http:// or https:// can be previewed.</source>
        <translation>Nur für Webadressen, die mit http:// oder https:// beginnen, kann eine Vorschau angezeigt werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The page could not be loaded: the server %1 was not found.</source>
        <translation>Die Seite konnte nicht geladen werden: Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salon does not preview pages on local or private network addresses such as %1.</source>
        <translation>Salon zeigt keine Vorschau für Seiten unter lokalen oder privaten Netzwerkadressen wie %1 an.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+84"/>
        <source>The page %1 did not load within %2 seconds. Try again later.</source>
        <translation>Die Seite %1 wurde nicht innerhalb von %2 Sekunden geladen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address %1 is not a web page, so it has no preview.</source>
        <translation>Die Adresse %1 ist keine Webseite und hat daher keine Vorschau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The page %1 redirects too often or to an unsafe address, so it has no preview.</source>
        <translation>Die Seite %1 leitet zu oft oder an eine unsichere Adresse weiter und hat daher keine Vorschau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page %1 is too large to preview.</source>
        <translation>Die Seite %1 ist zu groß für eine Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page %1 could not be loaded: the server replied with HTTP status %2.</source>
        <translation>Die Seite %1 konnte nicht geladen werden: Der Server hat mit dem HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page %1 could not be loaded: %2</source>
        <translation>Die Seite %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>LinkerConfig</name>
    <message>
        <location filename="../src/headless/linker/LinkerConfig.cpp" line="+20"/>
        <source>Runs Salon&apos;s core for one account on behalf of salon-server. Frames of the server&apos;s protocol arrive on standard input and leave on standard output; the log goes to standard error. The first frame must be signIn.</source>
        <translation>Führt den Kern von Salon für ein Konto im Auftrag von salon-server aus. Frames des Server-Protokolls kommen über die Standardeingabe herein und gehen über die Standardausgabe hinaus; das Log wird auf die Standardfehlerausgabe geschrieben. Der erste Frame muss signIn sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XMPP server host, instead of the SRV lookup of the JID&apos;s domain.</source>
        <translation>Host des XMPP-Servers, anstelle der SRV-Abfrage für die Domain der JID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP server port (default: 5222 or the SRV record&apos;s port).</source>
        <translation>Port des XMPP-Servers (Standard: 5222 oder der Port des SRV-Eintrags).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of certificate authorities trusted in addition to the system&apos;s.</source>
        <translation>PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay before the first reconnection attempt, in milliseconds (default: %1).</source>
        <translation>Verzögerung vor dem ersten Wiederverbindungsversuch, in Millisekunden (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: none, nothing is kept on disk).</source>
        <translation>Cache: sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME (Standard: keiner, nichts wird auf der Festplatte gespeichert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest severity logged: debug, info, warning or critical (default: %1).</source>
        <translation>Niedrigster protokollierter Schweregrad: debug, info, warning oder critical (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay after the last browser tab closed until the account&apos;s presence becomes away, in seconds (default: %1).</source>
        <translation>Verzögerung, nachdem der letzte Browser-Tab geschlossen wurde, bis der Onlinestatus des Kontos zu „abwesend“ wechselt, in Sekunden (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit of the process&apos;s data memory (heap, thread stacks), in MiB; when an allocation fails, the linker exits with status 3 (default: 0, no limit).</source>
        <translation>Begrenzung des Datenspeichers des Prozesses (Heap, Thread-Stacks), in MiB; wenn eine Speicheranforderung fehlschlägt, beendet sich der Linker mit dem Status 3 (Standard: 0, keine Begrenzung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the messages sent to the browser, as a tag such as fr or de (default: en).</source>
        <translation>Sprache der Meldungen, die an den Browser gesendet werden, als Sprachkennung wie fr oder de (Standard: en).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the server&apos;s public pages of users&apos; public posts from the cache, instead of signing in to an account.</source>
        <translation>Die öffentlichen Seiten des Servers mit den öffentlichen Beiträgen der Benutzer aus dem Cache erzeugen, anstatt sich bei einem Konto anzumelden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --xmpp-port value &quot;%1&quot;: expected a port from 1 to 65535.</source>
        <translation>Ungültiger Wert „%1“ für --xmpp-port: Ein Port von 1 bis 65535 wird erwartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the CA certificates file &quot;%1&quot;: %2.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificates file &quot;%1&quot; contains no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --reconnect-delay value &quot;%1&quot;: expected a positive number of milliseconds.</source>
        <translation>Ungültiger Wert „%1“ für --reconnect-delay: Eine positive Anzahl Millisekunden wird erwartet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid --away-delay value &quot;%1&quot;: expected a number of seconds, 0 or more.</source>
        <translation>Ungültiger Wert „%1“ für --away-delay: Eine Anzahl Sekunden (0 oder mehr) wird erwartet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --memory-limit value &quot;%1&quot;: expected a number of MiB from 0 (no limit) to %2.</source>
        <translation>Ungültiger Wert „%1“ für --memory-limit: Eine Anzahl MiB von 0 (keine Begrenzung) bis %2 wird erwartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --log-level value &quot;%1&quot;: expected debug, info, warning or critical.</source>
        <translation>Ungültiger Wert „%1“ für --log-level: debug, info, warning oder critical wird erwartet.</translation>
    </message>
</context>
<context>
    <name>LinkerSession</name>
    <message>
        <location filename="../src/headless/linker/LinkerSession.cpp" line="+577"/>
        <source>The request &quot;%1&quot; is not supported.</source>
        <translation>Die Anfrage „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/Main.qml" line="+40"/>
        <source>%1 – Salon</source>
        <translation>%1 – Salon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+365"/>
        <source>Chats (%1)</source>
        <comment>with the number of unread messages</comment>
        <translation>Unterhaltungen (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chats</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rooms (@%1)</source>
        <comment>with the number of unread mentions</comment>
        <translation>Räume (@%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms (%1)</source>
        <comment>with the number of unread messages</comment>
        <translation>Räume (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed (%1)</source>
        <comment>with the number of unread posts</comment>
        <translation>Neuigkeiten (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications, tray, start at login and theme</source>
        <translation>Benachrichtigungen, Systemleiste, Start bei der Anmeldung und Farbschema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect %1 from the server</source>
        <translation>%1 vom Server trennen</translation>
    </message>
</context>
<context>
    <name>MainShortcuts</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/MainShortcuts.qml" line="+42"/>
        <source>No unread conversations</source>
        <translation>Keine ungelesenen Unterhaltungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a new post</source>
        <translation>Neuen Beitrag schreiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search the messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the next conversation with unread messages</source>
        <translation>Nächste Unterhaltung mit ungelesenen Nachrichten öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the chats</source>
        <translation>Chats anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the rooms</source>
        <translation>Räume anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the feed</source>
        <translation>Neuigkeiten anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the contacts</source>
        <translation>Kontakte anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back to the page below the conversation or page on top</source>
        <translation>Zur Seite unter der obersten Unterhaltung oder Seite zurückkehren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the dialog or menu</source>
        <translation>Dialog oder Menü schließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the keyboard shortcuts</source>
        <translation>Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit Salon, also when it keeps running in the tray</source>
        <translation>Salon beenden, auch wenn es im Systemleiste weiterläuft</translation>
    </message>
</context>
<context>
    <name>MessageActionsMenu</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageActionsMenu.qml" line="+49"/>
        <source>Remove your reaction %1</source>
        <translation>Ihre Reaktion %1 entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete for Everyone…</source>
        <translation>Für alle löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Message…</source>
        <translation>Nachricht entfernen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy Text</source>
        <translation>Text kopieren</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageComposer.qml" line="+109"/>
        <source>Editing your message</source>
        <translation>Sie bearbeiten Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replying</source>
        <translation>Sie antworten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach File…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageDelegate.qml" line="+62"/>
        <source>Removed by a moderator: %1</source>
        <translation>Von einem Moderator entfernt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed by a moderator</source>
        <translation>Von einem Moderator entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>edited</source>
        <comment>marker of a corrected message</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
</context>
<context>
    <name>MessageEditService</name>
    <message>
        <location filename="../src/core/MessageEditService.cpp" line="+125"/>
        <source>This person attempted to retract a previous message, but your client does not support it.</source>
        <translation>Diese Person hat versucht, eine frühere Nachricht zurückzuziehen, aber Ihr Client unterstützt das nicht.</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageList.qml" line="+167"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first message to %1 below.</source>
        <translation>Schreiben Sie unten die erste Nachricht an %1.</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <location filename="../src/ui/MessageNotifier.cpp" line="+93"/>
        <source>%1 new messages. The newest: %2</source>
        <translation>%1 neue Nachrichten. Die neueste: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1…</source>
        <translation>Antwort an %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>MessageReveals</name>
    <message>
        <location filename="../src/headless/linker/MessageReveals.cpp" line="+46"/>
        <source>The message is no longer in the conversation.</source>
        <translation>Die Nachricht ist nicht mehr in der Unterhaltung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Showing the message was cancelled.</source>
        <translation>Das Anzeigen der Nachricht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MessageSearchPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageSearchPage.qml" line="+28"/>
        <source>Search Messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search in all conversations…</source>
        <translation>In allen Unterhaltungen suchen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search your messages</source>
        <translation>Ihre Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No messages found</source>
        <translation>Keine Nachrichten gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words that the messages contain.</source>
        <translation>Geben Sie Wörter ein, die in den Nachrichten vorkommen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No message contains every word of “%1”.</source>
        <translation>Keine Nachricht enthält alle Wörter aus „%1“.</translation>
    </message>
</context>
<context>
    <name>MicroblogService</name>
    <message>
        <location filename="../src/core/MicroblogService.cpp" line="+636"/>
        <source>This post is no longer in your feed.</source>
        <translation>Dieser Beitrag ist nicht mehr in Ihren Neuigkeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the author of this post or the owner of the community may change it.</source>
        <translation>Nur der Autor dieses Beitrags oder der Eigentümer der Community darf ihn ändern.</translation>
    </message>
</context>
<context>
    <name>MucServiceFinder</name>
    <message>
        <location filename="../src/core/MucServiceFinder.cpp" line="+86"/>
        <source>the server does not list its services.</source>
        <translation>der Server listet seine Dienste nicht auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon could not look for group chat services on %1: %2</source>
        <translation>Salon konnte auf %1 nicht nach Gruppenchat-Diensten suchen: %2</translation>
    </message>
</context>
<context>
    <name>NotificationBridge</name>
    <message>
        <location filename="../src/ui/NotificationBridge.cpp" line="+62"/>
        <source>Connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected again</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is online again.</source>
        <translation>%1 ist wieder online.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants to see when you are online.</source>
        <translation>%1 möchte sehen, wann Sie online sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wants to see when you are online. Their message: %2</source>
        <translation>%1 möchte sehen, wann Sie online sind. Nachricht: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact request</source>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ObjectInvoker</name>
    <message>
        <location filename="../src/headless/modelsync/ObjectInvoker.cpp" line="+59"/>
        <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
        <translation>Eine Aufrufanfrage benötigt ein Objekt, einen Methodennamen und, falls angegeben, ein Array von Argumenten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no object named &quot;%1&quot;.</source>
        <translation>Es gibt kein Objekt namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object &quot;%1&quot; has no method &quot;%2&quot; that can be called.</source>
        <translation>Das Objekt „%1“ hat keine aufrufbare Methode „%2“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Argument %1 of %2.%3: %4</source>
        <translation>Argument %1 von %2.%3: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The method %1.%2 could not be called with these arguments.</source>
        <translation>Die Methode %1.%2 konnte mit diesen Argumenten nicht aufgerufen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The method %1.%2 takes %3 arguments, not %4.</source>
        <translation>Die Methode %1.%2 erwartet %3 Argumente, nicht %4.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number from -2^53 to 2^53</source>
        <translation>ganze Zahl von -2^53 bis 2^53 erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the parameter type %1 cannot be given from JSON</source>
        <translation>der Parametertyp %1 kann nicht aus JSON übergeben werden</translation>
    </message>
</context>
<context>
    <name>OccupantDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/OccupantDelegate.qml" line="+43"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grant Voice</source>
        <translation>Rederecht erteilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke Voice</source>
        <translation>Rederecht entziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Moderator</source>
        <translation>Zum Moderator machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke Moderator</source>
        <translation>Moderatorrechte entziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Owner</source>
        <translation>Zum Eigentümer machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Admin</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Member</source>
        <translation>Zum Mitglied machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Affiliation</source>
        <translation>Zugehörigkeit entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
</context>
<context>
    <name>OccupantsPanel</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/OccupantsPanel.qml" line="+65"/>
        <source>Occupants (%1)</source>
        <translation>Anwesende (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick</source>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make %1 (%2) an owner of this room? Owners may change its configuration, its admins and owners, and destroy it.</source>
        <translation>%1 (%2) zum Eigentümer dieses Raums machen? Eigentümer dürfen seine Einstellungen, seine Administratoren und Eigentümer ändern und ihn auflösen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 (%2) an admin of this room? Admins may ban occupants and change members and moderators.</source>
        <translation>%1 (%2) zum Administrator dieses Raums machen? Administratoren dürfen Anwesende verbannen sowie Mitglieder und Moderatoren ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 (%2) a member of this room? They lose the rights of an admin or owner.</source>
        <translation>%1 (%2) zum Mitglied dieses Raums machen? Die Person verliert dadurch die Rechte eines Administrators oder Eigentümers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the affiliation of %1 (%2) with this room? They lose the rights of an admin or owner.</source>
        <translation>Die Zugehörigkeit von %1 (%2) zu diesem Raum entfernen? Die Person verliert dadurch die Rechte eines Administrators oder Eigentümers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Affiliation</source>
        <translation>Zugehörigkeit ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OwnerMenuButton</name>
    <message>
        <location filename="../resources/qml/org/salon/social/OwnerMenuButton.qml" line="+15"/>
        <source>Owner Actions</source>
        <translation>Eigentümeraktionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configure…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../src/ui/PasswordKeychain.cpp" line="+53"/>
        <source>Passwords cannot be saved: no keychain service is running. Salon will ask for the password at each start.</source>
        <translation>Passwörter können nicht gespeichert werden: Es läuft kein Schlüsselbunddienst. Salon fragt bei jedem Start nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>PostAttachments</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostAttachments.qml" line="+64"/>
        <source>Show Image: %1</source>
        <translation>Bild anzeigen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (%1 KiB)</source>
        <comment>size of an attachment</comment>
        <translation> (%1 KiB)</translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostComposer.qml" line="+93"/>
        <source>My blog</source>
        <translation>Mein Blog</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>This post can no longer be edited.</source>
        <translation>Dieser Beitrag kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a title, a text or attach a file before publishing, and make sure that you are signed in.</source>
        <translation>Schreiben Sie einen Titel oder einen Text oder hängen Sie eine Datei an, bevor Sie veröffentlichen, und stellen Sie sicher, dass Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit Post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What&apos;s new? **bold**, *italic* and [links](https://example.org) work.</source>
        <translation>Was gibt es Neues? **fett**, *kursiv* und [Links](https://example.org) funktionieren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a File to Attach</source>
        <translation>Datei zum Anhängen auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach File…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview Link</source>
        <translation>Linkvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetches %1 to show its title and description; the site learns your address.</source>
        <translation>Ruft %1 ab, um Titel und Beschreibung anzuzeigen; die Website erfährt dabei Ihre IP-Adresse.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Preview</source>
        <translation>Vorschau entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Separated by commas or spaces</source>
        <translation>Durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish in</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts only</source>
        <translation>Nur Kontakte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your posts share one visibility: the one chosen here applies to all of them.</source>
        <translation>Ihre Beiträge haben eine gemeinsame Sichtbarkeit: Die hier gewählte gilt für alle.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostDelegate.qml" line="+92"/>
        <source>Unread post by %1: %2</source>
        <translation>Ungelesener Beitrag von %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post by %1: %2</source>
        <translation>Beitrag von %1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · wartet auf Versand</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <comment>marks an unread post</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>#%1</source>
        <comment>a tag of a post</comment>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>PostListPage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostListPage.qml" line="+44"/>
        <source>Posts of %1</source>
        <translation>Beiträge von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post Here…</source>
        <translation>Hier veröffentlichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a post in this community</source>
        <translation>Einen Beitrag in dieser Community schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configure…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Community…</source>
        <translation>Community löschen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This post can no longer be deleted.</source>
        <translation>Dieser Beitrag kann nicht mehr gelöscht werden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Load Older Posts</source>
        <translation>Ältere Beiträge laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no posts yet.</source>
        <translation>%1 hat noch keine Beiträge.</translation>
    </message>
</context>
<context>
    <name>PostRequests</name>
    <message numerus="yes">
        <location filename="../src/headless/linker/PostRequests.cpp" line="+72"/>
        <source>The method &quot;%1&quot; of &quot;%2&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>Die Methode „%1“ von „%2“ erwartet %n Argument.</numerusform>
            <numerusform>Die Methode „%1“ von „%2“ erwartet %n Argumente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The arguments of &quot;%1.%2&quot; must be strings.</source>
        <translation>Die Argumente von „%1.%2“ müssen Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service address is empty. Name a user or a PubSub service.</source>
        <translation>Die Adresse des Dienstes ist leer. Geben Sie einen Benutzer oder einen PubSub-Dienst an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tag is empty.</source>
        <translation>Das Schlagwort ist leer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not the address of a comments node. It looks like xmpp:pubsub.example.org?;node=NODE.</source>
        <translation>„%1“ ist nicht die Adresse eines Kommentarknotens. Eine solche Adresse sieht so aus: xmpp:pubsub.example.org?;node=NODE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>This tab has too many comments and pages open. Close one before opening another.</source>
        <translation>In diesem Tab sind zu viele Kommentare und Seiten geöffnet. Schließen Sie etwas davon, bevor Sie Weiteres öffnen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The posts of &quot;%1&quot; cannot be opened.</source>
        <translation>Die Beiträge von „%1“ können nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The posts page &quot;%1&quot; is not open. Open it before loading more posts.</source>
        <translation>Die Beitragsseite „%1“ ist nicht geöffnet. Öffnen Sie sie, bevor Sie weitere Beiträge laden.</translation>
    </message>
</context>
<context>
    <name>PostText</name>
    <message>
        <location filename="../src/ui/PostText.cpp" line="+22"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../src/core/ProfileService.cpp" line="+79"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Salon shows the profile of %1 once it is connected again.</source>
        <translation>Sie sind offline. Salon zeigt das Profil von %1 an, sobald die Verbindung wiederhergestellt ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Salon could not save your profile: the profile fields are missing.</source>
        <translation>Salon konnte Ihr Profil nicht speichern: Die Profilfelder fehlen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile field &quot;%1&quot; is longer than %2 characters. Shorten it and save again.</source>
        <translation>Das Profilfeld „%1“ ist länger als %2 Zeichen. Kürzen Sie es und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Save your profile once Salon is connected again.</source>
        <translation>Sie sind offline. Speichern Sie Ihr Profil, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Salon could not request the profile of %1: you are offline. Try again once Salon is connected.</source>
        <translation>Salon konnte das Profil von %1 nicht anfordern: Sie sind offline. Versuchen Sie es erneut, sobald Salon verbunden ist.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Salon could not load the profile of %1: %2</source>
        <translation>Salon konnte das Profil von %1 nicht laden: %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Salon could not save your profile: %1</source>
        <translation>Salon konnte Ihr Profil nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server does not support profiles.</source>
        <translation>der Server unterstützt keine Profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not allow it.</source>
        <translation>der Server erlaubt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the other server cannot be reached. Try again later.</source>
        <translation>der andere Server ist nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>der Server hat einen Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ProfileSheet</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ProfileSheet.qml" line="+32"/>
        <source>Last seen just now</source>
        <translation>Zuletzt gesehen: gerade eben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last seen today at %1</source>
        <translation>Zuletzt gesehen: heute um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has not published a profile.</source>
        <translation>%1 hat kein Profil veröffentlicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About:</source>
        <translation>Über mich:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
</context>
<context>
    <name>PubSubResult</name>
    <message>
        <location filename="../src/core/PubSubResult.cpp" line="+139"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Sie sind offline. Versuchen Sie es erneut, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not have this anymore.</source>
        <translation>Dies ist auf dem Server nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not allow you to do this.</source>
        <translation>Der Server erlaubt Ihnen dies nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exists already or was changed meanwhile.</source>
        <translation>Dies existiert bereits oder wurde inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server keeps this with other settings than requested.</source>
        <translation>Der Server speichert dies mit anderen Einstellungen als angefordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not support this.</source>
        <translation>Der Server unterstützt dies nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an invalid answer.</source>
        <translation>Der Server hat eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server reported an error: %1.</source>
        <translation>Der Server hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
</context>
<context>
    <name>PubSubServiceFinder</name>
    <message>
        <location filename="../src/core/PubSubServiceFinder.cpp" line="+60"/>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Salon could not look for community services on %1: %2</source>
        <translation>Salon konnte auf %1 nicht nach Community-Diensten suchen: %2</translation>
    </message>
</context>
<context>
    <name>PublicBlogRenderer</name>
    <message>
        <location filename="../src/core/PublicBlogRenderer.cpp" line="+70"/>
        <source>en</source>
        <comment>the language of this translation, as an HTML lang value</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+33"/>
        <source>Public posts of %1</source>
        <translation>Öffentliche Beiträge von %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Atom feed</source>
        <translation>Atom-Feed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no public posts yet.</source>
        <translation>Es gibt noch keine öffentlichen Beiträge.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Blog not found</source>
        <translation>Blog nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address has no public posts on this server.</source>
        <translation>Diese Adresse hat auf diesem Server keine öffentlichen Beiträge.</translation>
    </message>
</context>
<context>
    <name>PublicRoomsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/PublicRoomsPage.qml" line="+38"/>
        <source>Public Rooms</source>
        <translation>Öffentliche Räume</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Group chat service, such as conference.example.org</source>
        <translation>Gruppenchat-Dienst, z. B. conference.example.org</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter rooms…</source>
        <translation>Räume filtern…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <comment>room name with its number of occupants</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · password protected</source>
        <translation>%1 · passwortgeschützt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listing rooms…</source>
        <translation>Räume werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No public rooms</source>
        <translation>Keine öffentlichen Räume</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ReactionChips.qml" line="+34"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <comment>a reaction&apos;s emoji and how many reacted with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n reactions including yours</source>
        <translation>
            <numerusform>%1, %n Reaktion einschließlich Ihrer</numerusform>
            <numerusform>%1, %n Reaktionen einschließlich Ihrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n reactions</source>
        <translation>
            <numerusform>%1, %n Reaktion</numerusform>
            <numerusform>%1, %n Reaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reacted with %2</source>
        <translation>Mit %2 reagiert: %1</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/account/RemoveAccountDialog.qml" line="+21"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this account?</source>
        <translation>Dieses Konto entfernen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Salon signs this account out and forgets it, with its saved password. The account stays on its server.</source>
        <translation>Salon meldet dieses Konto ab und vergisst es samt gespeichertem Passwort. Das Konto bleibt auf seinem Server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also delete the messages, contacts and posts that Salon keeps of it on this computer</source>
        <translation>Auch die Nachrichten, Kontakte und Beiträge löschen, die Salon davon auf diesem Computer speichert</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/RemoveContactDialog.qml" line="+17"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 will be removed from your contacts, and you will no longer see each other&apos;s presence.</source>
        <translation>%1 wird aus Ihren Kontakten entfernt, und Sie sehen den Onlinestatus des jeweils anderen nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RenameContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/RenameContactDialog.qml" line="+16"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No name: show the address</source>
        <translation>Kein Name: Adresse wird angezeigt</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ReplyQuote.qml" line="+21"/>
        <source>Reply to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the quoted message</source>
        <translation>Zitierte Nachricht anzeigen</translation>
    </message>
</context>
<context>
    <name>RoomConfigurationDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomConfigurationDialog.qml" line="+40"/>
        <source>Loading the room&apos;s configuration…</source>
        <translation>Raumeinstellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure Room</source>
        <translation>Raum einrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RoomConfigurationService</name>
    <message>
        <location filename="../src/core/RoomConfigurationService.cpp" line="+62"/>
        <location line="+76"/>
        <source>This is not a valid room address.</source>
        <translation>Dies ist keine gültige Raumadresse.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The room %1 sent no configuration form.</source>
        <translation>Der Raum %1 hat kein Einstellungsformular gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the room&apos;s configuration before saving it.</source>
        <translation>Laden Sie die Raumeinstellungen, bevor Sie sie speichern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s configuration has no field &quot;%1&quot; that can be changed.</source>
        <translation>Die Raumeinstellungen haben kein änderbares Feld „%1“.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+13"/>
        <source>The room&apos;s configuration failed: %1</source>
        <translation>Das Einrichten des Raums ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Only the room&apos;s owners may configure it.</source>
        <translation>Nur die Eigentümer des Raums dürfen ihn einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room does not exist.</source>
        <translation>Dieser Raum existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room rejected the configuration. Check the values and try again.</source>
        <translation>Der Raum hat die Einstellungen abgelehnt. Prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room rejected the configuration: %1</source>
        <translation>Der Raum hat die Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomDelegate.qml" line="+23"/>
        <source>Joining…</source>
        <translation>Wird betreten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not joined</source>
        <translation>Nicht betreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join failed</source>
        <translation>Betreten fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>@%1</source>
        <comment>number of unread mentions of the user</comment>
        <translation>@%1</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../src/core/RoomDirectory.cpp" line="+95"/>
        <source>“%1” is not a valid address of a group chat service.</source>
        <translation>„%1“ ist keine gültige Adresse eines Gruppenchat-Dienstes.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Salon could not list the rooms of %1: %2</source>
        <translation>Salon konnte die Räume von %1 nicht auflisten: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could list only some rooms of %1: %2</source>
        <translation>Salon konnte nur einige Räume von %1 auflisten: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the service sent an invalid response.</source>
        <translation>der Dienst hat eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service was not found. Check the address.</source>
        <translation>der Dienst wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service&apos;s server did not respond in time. Try again later.</source>
        <translation>der Server des Dienstes hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service does not allow you to list its rooms.</source>
        <translation>der Dienst erlaubt Ihnen nicht, seine Räume aufzulisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address is not a group chat service, or the service does not list its rooms.</source>
        <translation>die Adresse ist kein Gruppenchat-Dienst, oder der Dienst listet seine Räume nicht auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service reported an error.</source>
        <translation>der Dienst hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service reported an error: %1</source>
        <translation>der Dienst hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>RoomFormDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomFormDialog.qml" line="+64"/>
        <source>Create Room</source>
        <translation>Raum erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join Room</source>
        <translation>Raum betreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name or name@%1</source>
        <translation>name oder name@%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@conference.example.org</source>
        <translation>name@conference.example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account name when empty</source>
        <translation>Ihr Kontoname, wenn leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only for protected rooms</source>
        <translation>Nur für geschützte Räume</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configure before opening</source>
        <translation>Vor dem Öffnen einrichten</translation>
    </message>
</context>
<context>
    <name>RoomFormRequests</name>
    <message>
        <location filename="../src/headless/linker/RoomFormRequests.cpp" line="+46"/>
        <source>The method &quot;%1&quot; of &quot;roomConfiguration&quot; takes one argument, the room address.</source>
        <translation>Die Methode „%1“ von „roomConfiguration“ erwartet ein Argument: die Raumadresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid room address. An address looks like room@conference.example.org.</source>
        <translation>„%1“ ist keine gültige Raumadresse. Eine Adresse sieht so aus: raum@conference.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This tab has too many conversations and rooms open. Close one before configuring a room.</source>
        <translation>In diesem Tab sind zu viele Unterhaltungen und Räume geöffnet. Schließen Sie eines davon, bevor Sie einen Raum einrichten.</translation>
    </message>
</context>
<context>
    <name>RoomInvitations</name>
    <message>
        <location filename="../src/core/RoomInvitations.cpp" line="+330"/>
        <source>you may not invite others to this room.</source>
        <translation>Sie dürfen keine anderen Personen in diesen Raum einladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the room was not found.</source>
        <translation>der Raum wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this address was not found.</source>
        <translation>diese Adresse wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server reported an error.</source>
        <translation>der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salon could not invite %1 to %2: %3</source>
        <translation>Salon konnte %1 nicht in %2 einladen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a valid room address.</source>
        <translation>Dies ist keine gültige Raumadresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salon could not invite someone to %1: the address of the invitee is not valid.</source>
        <translation>Salon konnte niemanden in %1 einladen: Die Adresse der eingeladenen Person ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Salon could not invite %1 to %2: you are offline. Try again once you are connected.</source>
        <translation>Salon konnte %1 nicht in %2 einladen: Sie sind offline. Versuchen Sie es erneut, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>There is no invitation to this room.</source>
        <translation>Es gibt keine Einladung in diesen Raum.</translation>
    </message>
</context>
<context>
    <name>RoomMentionNotifier</name>
    <message>
        <location filename="../src/ui/RoomMentionNotifier.cpp" line="+85"/>
        <source>%1 mentioned you. %2 unread mentions.</source>
        <translation>%1 hat Sie erwähnt. %2 ungelesene Erwähnungen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mentioned you.</source>
        <translation>%1 hat Sie erwähnt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>RoomMessageService</name>
    <message>
        <location filename="../src/core/RoomMessageService.cpp" line="+449"/>
        <location line="+267"/>
        <source>Join the room first.</source>
        <translation>Betreten Sie zuerst den Raum.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Die Nachricht ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Salon could not save your message.</source>
        <translation>Salon konnte Ihre Nachricht nicht speichern.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The room %1 did not accept your message.</source>
        <translation>Der Raum %1 hat Ihre Nachricht nicht angenommen.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>You have no message in %1 to correct.</source>
        <translation>Sie haben in %1 keine Nachricht, die Sie korrigieren könnten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salon could not send the correction. Check your connection.</source>
        <translation>Salon konnte die Korrektur nicht senden. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only your own messages can be retracted.</source>
        <translation>Nur Ihre eigenen Nachrichten können zurückgezogen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+27"/>
        <source>The room has not confirmed this message yet. Try again in a moment.</source>
        <translation>Der Raum hat diese Nachricht noch nicht bestätigt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Salon could not send the retraction. Check your connection.</source>
        <translation>Salon konnte das Zurückziehen nicht senden. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message you react to is no longer in the room.</source>
        <translation>Die Nachricht, auf die Sie reagieren, ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salon could not send the reaction. Check your connection.</source>
        <translation>Salon konnte die Reaktion nicht senden. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message you reply to is no longer in the room.</source>
        <translation>Die Nachricht, auf die Sie antworten, ist nicht mehr im Raum.</translation>
    </message>
</context>
<context>
    <name>RoomModeration</name>
    <message>
        <location filename="../src/core/RoomModeration.cpp" line="+71"/>
        <location line="+146"/>
        <location line="+63"/>
        <source>Join the room first.</source>
        <translation>Betreten Sie zuerst den Raum.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>The alternate room address is not valid. Enter another room&apos;s address, such as team@conference.example.org, or leave it empty.</source>
        <translation>Die Adresse des Ersatzraums ist ungültig. Geben Sie die Adresse eines anderen Raums ein, z. B. team@conference.example.org, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the room&apos;s owners may destroy it.</source>
        <translation>Nur die Eigentümer des Raums dürfen ihn auflösen.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>This room does not support removing messages.</source>
        <translation>Dieser Raum unterstützt das Entfernen von Nachrichten nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only moderators of the room can remove messages of others.</source>
        <translation>Nur Moderatoren des Raums können Nachrichten anderer entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room does not know this message, so it cannot be removed.</source>
        <translation>Der Raum kennt diese Nachricht nicht, daher kann sie nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room did not remove the message. Try again later.</source>
        <translation>Der Raum hat die Nachricht nicht entfernt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The room does not show the address of %1, so Salon cannot ban them.</source>
        <translation>Der Raum zeigt die Adresse von %1 nicht an, daher kann Salon die Person nicht verbannen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This role change is not valid.</source>
        <translation>Diese Rollenänderung ist ungültig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This affiliation change is not valid.</source>
        <translation>Diese Änderung der Zugehörigkeit ist ungültig.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The room does not allow you to do this.</source>
        <translation>Der Raum erlaubt Ihnen dies nicht.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomPage.qml" line="+93"/>
        <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
        <translation>Die Nachricht, die Sie bearbeiten, ist nicht mehr Ihre neueste, daher kann sie nicht korrigiert werden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Occupants</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Nickname…</source>
        <translation>Spitznamen ändern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Subject…</source>
        <translation>Thema festlegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure Room…</source>
        <translation>Raum einrichten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join on Sign-in</source>
        <translation>Bei Anmeldung betreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave Room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroy Room…</source>
        <translation>Raum auflösen…</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Invited %1.</source>
        <translation>%1 wurde eingeladen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Remove Message for Everyone</source>
        <translation>Nachricht für alle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Nickname</source>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Subject</source>
        <translation>Thema festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
</context>
<context>
    <name>RoomRequests</name>
    <message>
        <location filename="../src/headless/linker/RoomRequests.cpp" line="+57"/>
        <source>The method &quot;revealMessage&quot; of &quot;roomMessages&quot; takes two arguments, the room address and the message id.</source>
        <translation>Die Methode „revealMessage“ von „roomMessages“ erwartet zwei Argumente: die Raumadresse und die Nachrichten-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The method &quot;%1&quot; of &quot;roomMessages&quot; takes one argument, the room address.</source>
        <translation>Die Methode „%1“ von „roomMessages“ erwartet ein Argument: die Raumadresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid room address. An address looks like room@conference.example.org.</source>
        <translation>„%1“ ist keine gültige Raumadresse. Eine Adresse sieht so aus: raum@conference.example.org.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are not in the room %1. Join it first.</source>
        <translation>Sie sind nicht im Raum %1. Betreten Sie ihn zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This tab has too many conversations and rooms open. Close one before opening another.</source>
        <translation>In diesem Tab sind zu viele Unterhaltungen und Räume geöffnet. Schließen Sie eines davon, bevor Sie ein weiteres öffnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The room %1 is not open. Open it before loading older messages.</source>
        <translation>Der Raum %1 ist nicht geöffnet. Öffnen Sie ihn, bevor Sie ältere Nachrichten laden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Argument 2 of roomMessages.revealMessage: %1</source>
        <translation>Argument 2 von roomMessages.revealMessage: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room %1 is not open. Open it before showing one of its messages.</source>
        <translation>Der Raum %1 ist nicht geöffnet. Öffnen Sie ihn, bevor Sie eine seiner Nachrichten anzeigen.</translation>
    </message>
</context>
<context>
    <name>RoomService</name>
    <message>
        <location filename="../src/core/RoomService.cpp" line="+207"/>
        <source>The room %1 rejected your change: %2</source>
        <translation>Der Raum %1 hat Ihre Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This is not a valid room address.</source>
        <translation>Dies ist keine gültige Raumadresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nickname is too long: at most %1 characters.</source>
        <translation>Der Spitzname ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Sie sind offline. Versuchen Sie es erneut, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The room did not respond in time. Try again later.</source>
        <translation>Der Raum hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+242"/>
        <source>This room does not exist.</source>
        <translation>Dieser Raum existiert nicht.</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>The server of this room cannot be reached.</source>
        <translation>Der Server dieses Raums ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This nickname is taken in the room.</source>
        <translation>Dieser Spitzname ist im Raum bereits vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room rejected the change.</source>
        <translation>Der Raum hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A moderator removed you from the room.</source>
        <translation>Ein Moderator hat Sie aus dem Raum entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The room is now for members only, and you are no member.</source>
        <translation>Der Raum ist jetzt nur für Mitglieder zugänglich, und Sie sind kein Mitglied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service shut down.</source>
        <translation>Der Dienst des Raums wurde heruntergefahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room ended your stay, for example because it was destroyed.</source>
        <translation>Der Raum hat Ihren Aufenthalt beendet, zum Beispiel weil er aufgelöst wurde.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This nickname is taken in the room. Choose another one.</source>
        <translation>Dieser Spitzname ist im Raum bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room needs a password.</source>
        <translation>Dieser Raum erfordert ein Passwort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room is for members only.</source>
        <translation>Dieser Raum ist nur für Mitglieder zugänglich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room is full.</source>
        <translation>Der Raum ist voll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not create rooms on this service.</source>
        <translation>Sie dürfen auf diesem Dienst keine Räume erstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room needs a nickname.</source>
        <translation>Der Raum erfordert einen Spitznamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room rejected the join: %1</source>
        <translation>Der Raum hat das Betreten abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The new room could not be opened to others. Try to leave and create it again.</source>
        <translation>Der neue Raum konnte nicht für andere geöffnet werden. Verlassen Sie ihn und erstellen Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+16"/>
        <source>Join the room first.</source>
        <translation>Betreten Sie zuerst den Raum.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The nickname must have 1 to %1 characters.</source>
        <translation>Der Spitzname muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The subject is too long: at most %1 characters.</source>
        <translation>Das Thema ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomsPage.qml" line="+24"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join Room…</source>
        <translation>Raum betreten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Room…</source>
        <translation>Raum erstellen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse Public Rooms</source>
        <translation>Öffentliche Räume durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the public rooms of a group chat service</source>
        <translation>Die öffentlichen Räume eines Gruppenchat-Dienstes auflisten</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No rooms yet</source>
        <translation>Noch keine Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room by its address, create one, or browse the public rooms of your server.</source>
        <translation>Betreten Sie einen Raum über seine Adresse, erstellen Sie einen oder durchsuchen Sie die öffentlichen Räume Ihres Servers.</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <location filename="../src/core/RosterService.cpp" line="+147"/>
        <source>Salon could not add %1 to your contacts: %2</source>
        <translation>Salon konnte %1 nicht zu Ihren Kontakten hinzufügen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Salon could not accept the request of %1: %2</source>
        <translation>Salon konnte die Anfrage von %1 nicht annehmen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Salon could not remove %1 from your contacts: %2</source>
        <translation>Salon konnte %1 nicht aus Ihren Kontakten entfernen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not in your contacts, so it cannot be renamed.</source>
        <translation>%1 ist nicht in Ihren Kontakten und kann daher nicht umbenannt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon could not rename %1: %2</source>
        <translation>Salon konnte %1 nicht umbenennen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in your contacts, so its groups cannot be changed.</source>
        <translation>%1 ist nicht in Ihren Kontakten, daher können die Gruppen nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon could not change the groups of %1: %2</source>
        <translation>Salon konnte die Gruppen von %1 nicht ändern: %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Your request to see the presence of %1 could not be delivered: %2</source>
        <translation>Ihre Anfrage, den Onlinestatus von %1 zu sehen, konnte nicht zugestellt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>„%1“ ist keine gültige Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is your own address. Choose the address of someone else.</source>
        <translation>%1 ist Ihre eigene Adresse. Wählen Sie die Adresse einer anderen Person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Change your contacts once Salon is connected again.</source>
        <translation>Sie sind offline. Ändern Sie Ihre Kontakte, sobald Salon wieder verbunden ist.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 The server&apos;s explanation: &quot;%2&quot;</source>
        <translation>%1 Erklärung des Servers: „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contact is not in your contact list.</source>
        <translation>der Kontakt ist nicht in Ihrer Kontaktliste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not accept this address.</source>
        <translation>der Server akzeptiert diese Adresse nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server does not allow it.</source>
        <translation>der Server erlaubt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not accept the name or the groups. Try shorter ones.</source>
        <translation>der Server akzeptiert den Namen oder die Gruppen nicht. Versuchen Sie es mit kürzeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has no room for more contacts.</source>
        <translation>der Server hat keinen Platz für weitere Kontakte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact&apos;s server cannot be reached. Check the address.</source>
        <translation>der Server des Kontakts ist nicht erreichbar. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address does not accept requests. Check the address.</source>
        <translation>die Adresse nimmt keine Anfragen an. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>der Server hat einen Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/SearchResultDelegate.qml" line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You: </source>
        <comment>before the user&apos;s own message</comment>
        <translation>Sie: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: </source>
        <comment>before a room message of the nickname</comment>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <location filename="../src/headless/server/ServerConfig.cpp" line="+179"/>
        <source>Serves Salon&apos;s web front end and starts one linker process per signed-in browser session.</source>
        <translation>Stellt die Web-Oberfläche von Salon bereit und startet pro angemeldeter Browser-Sitzung einen Linker-Prozess.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Environment:
  SALON_EVENT_DISPATCHER                 Event dispatcher of the main thread:
                                         epoll (default), or qt for Qt&apos;s own,
                                         whose cost per event loop iteration
                                         grows with the number of open sockets
                                         and linker processes.
</source>
        <translation>
Umgebung:
  SALON_EVENT_DISPATCHER                 Ereignisverteiler des Haupt-Threads:
                                         epoll (Standard) oder qt für den von Qt,
                                         dessen Aufwand pro Durchlauf der
                                         Ereignisschleife mit der Zahl offener
                                         Sockets und Linker-Prozesse wächst.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 line %2: unknown key &quot;%3&quot;; the keys are the long options of salon-server --help without dashes, except config and check-config.</source>
        <translation>%1 Zeile %2: unbekannter Schlüssel „%3“; die Schlüssel sind die langen Optionen von salon-server --help ohne Bindestriche, außer config und check-config.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2, key %3</source>
        <translation>%1 Zeile %2, Schlüssel %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: invalid value &quot;%2&quot;: %3.</source>
        <translation>%1: ungültiger Wert „%2“: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a whole number of %1 from %2 to %3</source>
        <translation>erwartet wird eine ganze Zahl von %2 bis %3 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an IP address and a port, such as 127.0.0.1:8080 or [::1]:8080</source>
        <translation>erwartet wird eine IP-Adresse mit Port, z. B. 127.0.0.1:8080 oder [::1]:8080</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a port from 1 to 65535</source>
        <translation>erwartet wird ein Port von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the CA certificates file &quot;%1&quot;</source>
        <translation>die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; contains no PEM certificate</source>
        <translation>„%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: invalid database URL: %2.</source>
        <translation>%1: ungültige Datenbank-URL: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected debug, info, warning or critical</source>
        <translation>erwartet wird debug, info, warning oder critical</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is set, but %2 is missing: a TLS port needs both the certificate and its private key.</source>
        <translation>%1 ist gesetzt, aber %2 fehlt: Ein TLS-Port benötigt sowohl das Zertifikat als auch dessen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2: %3.</source>
        <translation>%1 und %2: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a domain name; expected a comma-separated list such as example.org, example.net</source>
        <translation>„%1“ ist kein Domainname; erwartet wird eine durch Kommas getrennte Liste wie example.org, example.net</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a domain name such as example.org</source>
        <translation>erwartet wird ein Domainname wie example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the default domain must be one of allowed-domains (%1)</source>
        <translation>die Standarddomain muss eine der allowed-domains sein (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a bare JID such as blogs@example.org</source>
        <translation>erwartet wird eine reine JID wie blogs@example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is set, but public-account-password-file is missing.</source>
        <translation>%1 ist gesetzt, aber public-account-password-file fehlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the password file &quot;%1&quot;</source>
        <translation>die Passwortdatei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set, but public-account is missing.</source>
        <translation>%1 ist gesetzt, aber public-account fehlt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The linker %1 is not an executable file; set it with --linker or the linker key.</source>
        <translation>Der Linker %1 ist keine ausführbare Datei; legen Sie ihn mit --linker oder dem Schlüssel linker fest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on the address %1: %2.</source>
        <translation>Auf der Adresse %1 kann nicht gelauscht werden: %2.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/headless/server/Session.cpp" line="+28"/>
        <location line="+1"/>
        <source>The server of your account did not answer in time. Try again later.</source>
        <translation>Der Server Ihres Kontos hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You were signed out because no page of this session was open for a long time.</source>
        <translation>Sie wurden abgemeldet, weil lange keine Seite dieser Sitzung geöffnet war.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../src/headless/server/SessionManager.cpp" line="+116"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The message has no type.</source>
        <translation>Die Nachricht hat keinen Typ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is signed in already.</source>
        <translation>Diese Sitzung ist bereits angemeldet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down. Try again later.</source>
        <translation>Der Server wird heruntergefahren. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>The server could not sign in to your account. Try again later.</source>
        <translation>Der Server konnte Sie nicht bei Ihrem Konto anmelden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>The connection to your account stopped unexpectedly. Sign in again.</source>
        <translation>Die Verbindung zu Ihrem Konto wurde unerwartet beendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>SessionApi</name>
    <message>
        <location filename="../src/headless/server/SessionApi.cpp" line="+72"/>
        <location line="+115"/>
        <source>The request did not come from this site.</source>
        <translation>Die Anfrage kam nicht von dieser Website.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The request must be JSON.</source>
        <translation>Die Anfrage muss JSON sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed sign-ins from your address. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von Ihrer IP-Adresse. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von Ihrer IP-Adresse. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter your address and your password.</source>
        <translation>Geben Sie Ihre Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter an address of the form name@example.org.</source>
        <translation>Geben Sie eine Adresse der Form name@example.org ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts of %1 cannot sign in on this server.</source>
        <translation>Konten von %1 können sich auf diesem Server nicht anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is shutting down. Try again later.</source>
        <translation>Der Server wird heruntergefahren. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has reached its maximum number of sessions. Try again later.</source>
        <translation>Der Server hat die Höchstzahl an Sitzungen erreicht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/SettingsPage.qml" line="+17"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Systemleiste weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start Salon when I log in</source>
        <translation>Salon bei meiner Anmeldung starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: show no notifications</source>
        <translation>Nicht stören: keine Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mentions of my nickname in rooms</source>
        <translation>Erwähnungen meines Spitznamens in Räumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments on my posts</source>
        <translation>Kommentare zu meinen Beiträgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Likes of my posts</source>
        <translation>„Gefällt mir“ zu meinen Beiträgen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/ShortcutsDialog.qml" line="+15"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../resources/qml/org/salon/account/SignInPage.qml" line="+34"/>
        <source>%1 is already added. Choose it in the account list at the top.</source>
        <translation>%1 ist bereits hinzugefügt. Wählen Sie es oben in der Kontoliste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Welcome to Salon</source>
        <translation>Willkommen bei Salon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with the address and password of your XMPP account.</source>
        <translation>Melden Sie sich mit der Adresse und dem Passwort Ihres XMPP-Kontos an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>XMPP address</source>
        <translation>XMPP-Adresse</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide Password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/ui/SingleInstance.cpp" line="+117"/>
        <source>Salon is already running, but it did not respond: %1</source>
        <translation>Salon läuft bereits, hat aber nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>SocialNotifier</name>
    <message>
        <location filename="../src/ui/SocialNotifier.cpp" line="+84"/>
        <source>New reactions to your post “%1”. Comments: %2, likes: %3. Latest by %4.</source>
        <translation>Neue Reaktionen auf Ihren Beitrag „%1“. Kommentare: %2, Gefällt-mir-Angaben: %3. Zuletzt von %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 likes your post “%2”.</source>
        <translation>%1 gefällt Ihr Beitrag „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 commented on your post “%2”.</source>
        <translation>%1 hat Ihren Beitrag „%2“ kommentiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 new posts in %2.</source>
        <translation>%1 neue Beiträge in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 posted “%2” in %3.</source>
        <translation>%1 hat „%2“ in %3 veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post in a community</source>
        <translation>Neuer Beitrag in einer Community</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a post</source>
        <translation>ein Beitrag</translation>
    </message>
</context>
<context>
    <name>SubnetList</name>
    <message>
        <location filename="../src/headless/server/SubnetList.cpp" line="+42"/>
        <source>&quot;%1&quot; is not an IP address or a subnet such as 10.0.0.0/8 or fd00::/8</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Subnetz wie 10.0.0.0/8 oder fd00::/8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has an invalid prefix length: expected 0 to %2</source>
        <translation>„%1“ hat eine ungültige Präfixlänge: erwartet wird 0 bis %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/SubscriptionDelegate.qml" line="+49"/>
        <source>%1 on %2 · waiting for approval</source>
        <translation>%1 auf %2 · Warten auf Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestDelegate.qml" line="+59"/>
        <source>Wants to see when you are online.</source>
        <translation>Möchte sehen, wann Sie online sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the request of %1</source>
        <translation>Anfrage von %1 annehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the request of %1</source>
        <translation>Anfrage von %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestsSection.qml" line="+22"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../src/headless/server/Tab.cpp" line="+104"/>
        <source>This tab sent too many requests and was closed. Reload the page to continue.</source>
        <translation>Dieser Tab hat zu viele Anfragen gesendet und wurde geschlossen. Laden Sie die Seite neu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>The page sent an invalid message.</source>
        <translation>Die Seite hat eine ungültige Nachricht gesendet.</translation>
    </message>
</context>
<context>
    <name>TextFileWriter</name>
    <message>
        <location filename="../src/ui/TextFileWriter.cpp" line="+22"/>
        <source>Salon can only save to a file on this computer, not to %1.</source>
        <translation>Salon kann nur in eine Datei auf diesem Computer speichern, nicht nach %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Salon could not save %1: %2.</source>
        <translation>Salon konnte %1 nicht speichern: %2.</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/TextPromptDialog.qml" line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../src/headless/server/TlsCredentials.cpp" line="+70"/>
        <source>cannot read the TLS certificate file &quot;%1&quot;: %2</source>
        <translation>die TLS-Zertifikatsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; contains no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;)</source>
        <translation>„%1“ enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS certificate in &quot;%1&quot; expired on %2</source>
        <translation>das TLS-Zertifikat in „%1“ ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TLS certificate in &quot;%1&quot; is valid only from %2</source>
        <translation>das TLS-Zertifikat in „%1“ ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the TLS key file &quot;%1&quot;: %2</source>
        <translation>die TLS-Schlüsseldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; contains no unencrypted PEM private key with RSA, EC or DSA</source>
        <translation>„%1“ enthält keinen unverschlüsselten privaten PEM-Schlüssel mit RSA, EC oder DSA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in &quot;%1&quot; does not belong to the certificate in &quot;%2&quot;</source>
        <translation>der private Schlüssel in „%1“ gehört nicht zum Zertifikat in „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt cannot load the private key in &quot;%1&quot;</source>
        <translation>Qt kann den privaten Schlüssel in „%1“ nicht laden</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../src/ui/TrayController.cpp" line="+31"/>
        <source>Do Not Disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Hide Window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Window</source>
        <translation>Fenster anzeigen</translation>
    </message>
</context>
<context>
    <name>UnreadTrayIcon</name>
    <message>
        <location filename="../src/ui/UnreadTrayIcon.cpp" line="+31"/>
        <location line="+4"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>1 unread message</source>
        <translation>1 ungelesene Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 unread messages</source>
        <translation>%1 ungelesene Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Do not disturb: notifications are off.</source>
        <comment>with the unread messages</comment>
        <translation>%1. Nicht stören: Benachrichtigungen sind aus.</translation>
    </message>
</context>
<context>
    <name>UploadsBar</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/UploadsBar.qml" line="+57"/>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>XmppLink</name>
    <message>
        <location filename="../src/ui/XmppLink.cpp" line="+81"/>
        <source>%1 is not an xmpp: URI.</source>
        <translation>%1 ist keine xmpp:-URI.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The xmpp: URI %1 names an invalid account, %2: give it as localpart@domain.</source>
        <translation>Die xmpp:-URI %1 nennt ein ungültiges Konto, %2: Geben Sie es als lokalerteil@domain an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The xmpp: URI %1 contains no address.</source>
        <translation>Die xmpp:-URI %1 enthält keine Adresse.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The xmpp: URI %1 names the server %2, not a contact or a room: the address needs a localpart, as in user@%2.</source>
        <translation>Die xmpp:-URI %1 nennt den Server %2, keinen Kontakt und keinen Raum: Die Adresse braucht einen lokalen Teil, wie in benutzer@%2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The xmpp: URI %1 has an invalid address: the localpart &quot;%2&quot; contains &quot;%3&quot;, which a JID cannot contain.</source>
        <translation>Die xmpp:-URI %1 hat eine ungültige Adresse: Der lokale Teil „%2“ enthält „%3“, was eine JID nicht enthalten darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The xmpp: URI %1 has an invalid address, %2: a JID is localpart@domain, with a host name or an IP address as the domain.</source>
        <translation>Die xmpp:-URI %1 hat eine ungültige Adresse, %2: Eine JID lautet lokalerteil@domain, mit einem Hostnamen oder einer IP-Adresse als Domain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The xmpp: URI %1 has an invalid resource after the slash: it must be 1 to 1023 bytes of text without control characters.</source>
        <translation>Die xmpp:-URI %1 hat eine ungültige Ressource nach dem Schrägstrich: Sie muss 1 bis 1023 Bytes Text ohne Steuerzeichen umfassen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The xmpp: URI %1 contains percent-encoded bytes that are not UTF-8 text.</source>
        <translation>Die xmpp:-URI %1 enthält prozentkodierte Bytes, die kein UTF-8-Text sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The xmpp: URI %1 has an invalid percent-encoding: each % must be followed by two hexadecimal digits.</source>
        <translation>Die xmpp:-URI %1 hat eine ungültige Prozentkodierung: Auf jedes % müssen zwei Hexadezimalziffern folgen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/ui/main.cpp" line="+28"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--password-stdin: standard input has no password on its first line.</source>
        <translation>--password-stdin: Die Standardeingabe enthält in der ersten Zeile kein Passwort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Salon is already running: its window was brought to the front.</source>
        <translation>Salon läuft bereits: Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon is already running: the URI was opened there.</source>
        <translation>Salon läuft bereits: Die URI wurde dort geöffnet.</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Salon</source>
        <comment>appName</comment>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Sign in with your XMPP account</source>
        <comment>appTagline</comment>
        <translation>Melden Sie sich mit Ihrem XMPP-Konto an</translation>
    </message>
    <message>
        <source>Chat address</source>
        <comment>jidLabel</comment>
        <translation>Chat-Adresse</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <comment>jidPlaceholder</comment>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>name or name@{domain}</source>
        <comment>jidPlaceholderWithDomain</comment>
        <translation>name oder name@{domain}</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>passwordLabel</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>signIn</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>signingIn</comment>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>signOut</comment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>contactsHeading</comment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>You have no contacts yet.</source>
        <comment>noContacts</comment>
        <translation>Sie haben noch keine Kontakte.</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <comment>ungrouped</comment>
        <translation>Weitere Kontakte</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <comment>groupCount</comment>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>1 contact</source>
        <comment>groupCountOne</comment>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <comment>addContact</comment>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <comment>addContactTitle</comment>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Chat address</source>
        <comment>contactJidLabel</comment>
        <translation>Chat-Adresse</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <comment>contactNameLabel</comment>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Group (optional)</source>
        <comment>contactGroupLabel</comment>
        <translation>Gruppe (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>addContactSubmit</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enter the chat address of the contact.</source>
        <comment>addContactMissingJid</comment>
        <translation>Geben Sie die Chat-Adresse des Kontakts ein.</translation>
    </message>
    <message>
        <source>This is not a chat address. An address looks like name@example.org.</source>
        <comment>addContactInvalidJid</comment>
        <translation>Dies ist keine Chat-Adresse. Eine Adresse sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <source>Added {jid} and asked to see their presence. They appear online once they accept.</source>
        <comment>addContactSent</comment>
        <translation>{jid} wurde hinzugefügt und um die Freigabe des Online-Status gebeten. Der Kontakt erscheint online, sobald er zustimmt.</translation>
    </message>
    <message>
        <source>Requests</source>
        <comment>requestsHeading</comment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <comment>requestCount</comment>
        <translation>{count} Anfragen</translation>
    </message>
    <message>
        <source>1 request</source>
        <comment>requestCountOne</comment>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>Wants to see when you are online.</source>
        <comment>requestExplanation</comment>
        <translation>Möchte sehen, wann Sie online sind.</translation>
    </message>
    <message>
        <source>Contact request</source>
        <comment>requestNotificationTitle</comment>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <source>{name} wants to see when you are online.</source>
        <comment>requestNotificationBody</comment>
        <translation>{name} möchte sehen, wann Sie online sind.</translation>
    </message>
    <message>
        <source>{name} wants to see when you are online. Their message: {message}</source>
        <comment>requestNotificationBodyWithMessage</comment>
        <translation>{name} möchte sehen, wann Sie online sind. Nachricht: {message}</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>acceptRequest</comment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>declineRequest</comment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept the request of {name}</source>
        <comment>acceptRequestLabel</comment>
        <translation>Anfrage von {name} annehmen</translation>
    </message>
    <message>
        <source>Decline the request of {name}</source>
        <comment>declineRequestLabel</comment>
        <translation>Anfrage von {name} ablehnen</translation>
    </message>
    <message>
        <source>⋯</source>
        <comment>contactActions</comment>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <comment>contactActionsLabel</comment>
        <translation>Aktionen für {name}</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>renameContact</comment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <comment>renameContactLabel</comment>
        <translation>{name} umbenennen</translation>
    </message>
    <message>
        <source>New name for {name}</source>
        <comment>renameFieldLabel</comment>
        <translation>Neuer Name für {name}</translation>
    </message>
    <message>
        <source>No name: show the address</source>
        <comment>renamePlaceholder</comment>
        <translation>Kein Name: Adresse wird angezeigt</translation>
    </message>
    <message>
        <source>Edit groups</source>
        <comment>editGroups</comment>
        <translation>Gruppen bearbeiten</translation>
    </message>
    <message>
        <source>Edit the groups of {name}</source>
        <comment>editGroupsLabel</comment>
        <translation>Gruppen von {name} bearbeiten</translation>
    </message>
    <message>
        <source>Groups of {name}</source>
        <comment>groupsFormHeading</comment>
        <translation>Gruppen von {name}</translation>
    </message>
    <message>
        <source>In no group: listed under &quot;{section}&quot;.</source>
        <comment>groupsNone</comment>
        <translation>In keiner Gruppe: aufgeführt unter „{section}“.</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <comment>groupsAddLabel</comment>
        <translation>Zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>An existing or a new group</source>
        <comment>groupsAddPlaceholder</comment>
        <translation>Eine vorhandene oder neue Gruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>groupsAdd</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>groupsRemove</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from the group {group}</source>
        <comment>groupsRemoveLabel</comment>
        <translation>Aus der Gruppe {group} entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancel</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeContact</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>removeContactLabel</comment>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from your contacts? You will no longer see each other&apos;s presence.</source>
        <comment>removeQuestion</comment>
        <translation>{name} aus Ihren Kontakten entfernen? Sie sehen dann gegenseitig Ihren Online-Status nicht mehr.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeConfirm</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Block</source>
        <comment>blockContact</comment>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Block {name}</source>
        <comment>blockContactLabel</comment>
        <translation>{name} blockieren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <comment>unblockContact</comment>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Unblock {name}</source>
        <comment>unblockContactLabel</comment>
        <translation>Blockierung von {name} aufheben</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>presenceBlocked</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>blockedHeading</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <comment>blockedCount</comment>
        <translation>{count} Adressen</translation>
    </message>
    <message>
        <source>1 address</source>
        <comment>blockedCountOne</comment>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <source>You do not receive their messages or presence, and they do not see yours.</source>
        <comment>blockedExplanation</comment>
        <translation>Sie erhalten von diesen Adressen weder Nachrichten noch Online-Status, und sie sehen Ihre auch nicht.</translation>
    </message>
    <message>
        <source>View profile</source>
        <comment>viewProfile</comment>
        <translation>Profil anzeigen</translation>
    </message>
    <message>
        <source>View the profile of {name}</source>
        <comment>viewProfileLabel</comment>
        <translation>Profil von {name} anzeigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>profileTitle</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>profileFullName</comment>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <comment>profileNickname</comment>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>About</source>
        <comment>profileAbout</comment>
        <translation>Über</translation>
    </message>
    <message>
        <source>Website</source>
        <comment>profileUrl</comment>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>profileLocation</comment>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <comment>profileLoading</comment>
        <translation>Profil wird geladen …</translation>
    </message>
    <message>
        <source>{jid} has not published a profile.</source>
        <comment>profileEmpty</comment>
        <translation>{jid} hat kein Profil veröffentlicht.</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <comment>lastSeenJustNow</comment>
        <translation>Zuletzt gesehen: gerade eben</translation>
    </message>
    <message>
        <source>Last seen today at {time}</source>
        <comment>lastSeenToday</comment>
        <translation>Zuletzt gesehen: heute um {time}</translation>
    </message>
    <message>
        <source>Last seen {time}</source>
        <comment>lastSeen</comment>
        <translation>Zuletzt gesehen: {time}</translation>
    </message>
    <message>
        <source>Edit my profile</source>
        <comment>editProfile</comment>
        <translation>Mein Profil bearbeiten</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>editProfileTitle</comment>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Anyone who knows your address can see these fields.</source>
        <comment>editProfileExplanation</comment>
        <translation>Jeder, der Ihre Adresse kennt, kann diese Felder sehen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <comment>profileSaving</comment>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Show my public posts on this server&apos;s public page</source>
        <comment>publicPageShown</comment>
        <translation>Meine öffentlichen Beiträge auf der öffentlichen Seite dieses Servers anzeigen</translation>
    </message>
    <message>
        <source>Anyone can read your public posts there, and follow them as an Atom feed:</source>
        <comment>publicPageExplanation</comment>
        <translation>Dort kann jeder Ihre öffentlichen Beiträge lesen und sie als Atom-Feed abonnieren:</translation>
    </message>
    <message>
        <source>Your public posts appear on your public page within a few minutes.</source>
        <comment>publicPageShownSaved</comment>
        <translation>Ihre öffentlichen Beiträge erscheinen in wenigen Minuten auf Ihrer öffentlichen Seite.</translation>
    </message>
    <message>
        <source>Your public page disappears within a few minutes.</source>
        <comment>publicPageHiddenSaved</comment>
        <translation>Ihre öffentliche Seite verschwindet in wenigen Minuten.</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <comment>publicPageNotSaved</comment>
        <translation>Die Einstellung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a new avatar</source>
        <comment>avatarFileLabel</comment>
        <translation>Neuen Avatar auswählen</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>removeAvatar</comment>
        <translation>Avatar entfernen</translation>
    </message>
    <message>
        <source>Publishing your avatar…</source>
        <comment>avatarPublishing</comment>
        <translation>Ihr Avatar wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Removing your avatar…</source>
        <comment>avatarRemoving</comment>
        <translation>Ihr Avatar wird entfernt …</translation>
    </message>
    <message>
        <source>Your new avatar is published.</source>
        <comment>avatarPublished</comment>
        <translation>Ihr neuer Avatar ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Your avatar is removed.</source>
        <comment>avatarRemoved</comment>
        <translation>Ihr Avatar wurde entfernt.</translation>
    </message>
    <message>
        <source>The file &quot;{file}&quot; is larger than {size} MB. Choose a smaller image.</source>
        <comment>avatarFileTooLarge</comment>
        <translation>Die Datei „{file}“ ist größer als {size} MB. Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The file &quot;{file}&quot; is not an image that this browser can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <comment>avatarNotAnImage</comment>
        <translation>Die Datei „{file}“ ist kein Bild, das dieser Browser lesen kann. Wählen Sie ein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>The image &quot;{file}&quot; has too much detail to send as an avatar, even scaled down. Choose a simpler image.</source>
        <comment>avatarTooDetailed</comment>
        <translation>Das Bild „{file}“ ist selbst verkleinert zu detailreich, um es als Avatar zu senden. Wählen Sie ein einfacheres Bild.</translation>
    </message>
    <message>
        <source>This browser could not convert the image &quot;{file}&quot;. Try another image.</source>
        <comment>avatarEncodingFailed</comment>
        <translation>Dieser Browser konnte das Bild „{file}“ nicht umwandeln. Versuchen Sie es mit einem anderen Bild.</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>sectionsLabel</comment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>chatsTab</comment>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>contactsTab</comment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>{count} unread messages</source>
        <comment>unreadTotalLabel</comment>
        <translation>{count} ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <comment>unreadTotalLabelOne</comment>
        <translation>1 ungelesene Nachricht</translation>
    </message>
    <message>
        <source>{count} new messages. The newest: {text}</source>
        <comment>messageNotificationBodyMany</comment>
        <translation>{count} neue Nachrichten. Die neueste: {text}</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>chatsHeading</comment>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <comment>searchMessagesLabel</comment>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <comment>searchMessagesPlaceholder</comment>
        <translation>Nachrichten durchsuchen …</translation>
    </message>
    <message>
        <source>No message contains these words.</source>
        <comment>noSearchResults</comment>
        <translation>Keine Nachricht enthält diese Wörter.</translation>
    </message>
    <message>
        <source>No conversations yet. Open a contact and choose Message to start one.</source>
        <comment>noConversations</comment>
        <translation>Noch keine Unterhaltungen. Öffnen Sie einen Kontakt und wählen Sie Nachricht, um eine zu beginnen.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <comment>ownMessagePreview</comment>
        <translation>Sie: {text}</translation>
    </message>
    <message>
        <source>{nick}: {text}</source>
        <comment>senderMessagePreview</comment>
        <translation>{nick}: {text}</translation>
    </message>
    <message>
        <source>{count} unread</source>
        <comment>unreadCountLabel</comment>
        <translation>{count} ungelesen</translation>
    </message>
    <message>
        <source>now</source>
        <comment>timeNow</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>{count} min</source>
        <comment>timeMinutes</comment>
        <translation>{count} Min.</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>timeYesterday</comment>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>sendMessage</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write to {name}</source>
        <comment>sendMessageLabel</comment>
        <translation>An {name} schreiben</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>backToChats</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the conversation list</source>
        <comment>backToChatsLabel</comment>
        <translation>Zurück zur Liste der Unterhaltungen</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <comment>messageFieldLabel</comment>
        <translation>Nachricht an {name}</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <comment>messagePlaceholder</comment>
        <translation>Nachricht schreiben …</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <comment>loadingOlderMessages</comment>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>No messages yet. Write the first one below.</source>
        <comment>noMessages</comment>
        <translation>Noch keine Nachrichten. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>statePending</comment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>stateSent</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>stateDelivered</comment>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>stateRead</comment>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>stateFailed</comment>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>messageEdited</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>This message was edited.</source>
        <comment>messageEditedLabel</comment>
        <translation>Diese Nachricht wurde bearbeitet.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <comment>messageRetracted</comment>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>Removed by a moderator</source>
        <comment>messageModerated</comment>
        <translation>Von einem Moderator entfernt</translation>
    </message>
    <message>
        <source>Removed by a moderator: {reason}</source>
        <comment>messageModeratedWithReason</comment>
        <translation>Von einem Moderator entfernt: {reason}</translation>
    </message>
    <message>
        <source>Show the message this one replies to: {text}</source>
        <comment>replyQuoteLabel</comment>
        <translation>Nachricht anzeigen, auf die diese antwortet: {text}</translation>
    </message>
    <message>
        <source>The quoted message is not loaded.</source>
        <comment>quotedMessageMissing</comment>
        <translation>Die zitierte Nachricht ist nicht geladen.</translation>
    </message>
    <message>
        <source>{emoji} {count}</source>
        <comment>reactionLabel</comment>
        <translation>{emoji} {count}</translation>
    </message>
    <message>
        <source>Reacted with {emoji}: {names}</source>
        <comment>reactionSenders</comment>
        <translation>Mit {emoji} reagiert: {names}</translation>
    </message>
    <message>
        <source>React with {emoji}</source>
        <comment>reactionAdd</comment>
        <translation>Mit {emoji} reagieren</translation>
    </message>
    <message>
        <source>you</source>
        <comment>you</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>⋯</source>
        <comment>messageActions</comment>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Actions for this message</source>
        <comment>messageActionsLabel</comment>
        <translation>Aktionen für diese Nachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>replyAction</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>React</source>
        <comment>reactAction</comment>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>editAction</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <comment>deleteAction</comment>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copyAction</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Choose a reaction</source>
        <comment>emojiPickerLabel</comment>
        <translation>Reaktion auswählen</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Its text is removed for you and {name}.</source>
        <comment>deleteQuestion</comment>
        <translation>Diese Nachricht für alle löschen? Ihr Text wird für Sie und {name} entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteConfirm</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeAction</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reason for removing this message for everyone (optional)</source>
        <comment>removeReasonLabel</comment>
        <translation>Grund für das Entfernen dieser Nachricht für alle (optional)</translation>
    </message>
    <message>
        <source>Remove for everyone</source>
        <comment>removeMessageConfirm</comment>
        <translation>Für alle entfernen</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room?</source>
        <comment>roomDeleteQuestion</comment>
        <translation>Diese Nachricht für alle im Raum löschen?</translation>
    </message>
    <message>
        <source>The message is copied.</source>
        <comment>copied</comment>
        <translation>Die Nachricht wurde kopiert.</translation>
    </message>
    <message>
        <source>This browser did not allow copying. Select the text and copy it instead.</source>
        <comment>copyFailed</comment>
        <translation>Dieser Browser hat das Kopieren nicht erlaubt. Markieren Sie den Text und kopieren Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Replying to {name}: {text}</source>
        <comment>replyingTo</comment>
        <translation>Antwort an {name}: {text}</translation>
    </message>
    <message>
        <source>Editing your message. Escape cancels.</source>
        <comment>editingMessage</comment>
        <translation>Sie bearbeiten Ihre Nachricht. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <comment>cancelReplyLabel</comment>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <comment>cancelEditLabel</comment>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <comment>peerTyping</comment>
        <translation>{name} schreibt …</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <comment>attachmentLink</comment>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <source>A file that this page cannot open: {name}</source>
        <comment>attachmentUnsafe</comment>
        <translation>Eine Datei, die diese Seite nicht öffnen kann: {name}</translation>
    </message>
    <message>
        <source>Attach</source>
        <comment>attachFile</comment>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <comment>attachFileLabel</comment>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Drop files to send them to {name}</source>
        <comment>dropFilesHere</comment>
        <translation>Dateien hier ablegen, um sie an {name} zu senden</translation>
    </message>
    <message>
        <source>Sending {name} to Salon… {percent} %</source>
        <comment>uploadSending</comment>
        <translation>{name} wird an Salon gesendet … {percent} %</translation>
    </message>
    <message>
        <source>Uploading {name} to your server… {percent} %</source>
        <comment>uploadUploading</comment>
        <translation>{name} wird auf Ihren Server hochgeladen … {percent} %</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}</source>
        <comment>uploadFailed</comment>
        <translation>{name} wurde nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>uploadCancel</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sending {name}</source>
        <comment>uploadCancelLabel</comment>
        <translation>Senden von {name} abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>uploadDismiss</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your server does not accept files, so {name} cannot be sent.</source>
        <comment>uploadUnavailable</comment>
        <translation>Ihr Server nimmt keine Dateien an, daher kann {name} nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The file {name} is {size}, more than the {limit} that your server accepts.</source>
        <comment>uploadTooLarge</comment>
        <translation>Die Datei {name} ist {size} groß, mehr als die {limit}, die Ihr Server annimmt.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose a file with content.</source>
        <comment>uploadEmpty</comment>
        <translation>Die Datei {name} ist leer. Wählen Sie eine Datei mit Inhalt.</translation>
    </message>
    <message>
        <source>This browser could not read the file {name}.</source>
        <comment>uploadReadFailed</comment>
        <translation>Dieser Browser konnte die Datei {name} nicht lesen.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <comment>sizeBytes</comment>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <comment>sizeKilobytes</comment>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <comment>sizeMegabytes</comment>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <comment>sizeGigabytes</comment>
        <translation>{count} GB</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>exportConversation</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <comment>exportConversationLabel</comment>
        <translation>Diese Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>As text</source>
        <comment>exportAsText</comment>
        <translation>Als Text</translation>
    </message>
    <message>
        <source>As JSON</source>
        <comment>exportAsJson</comment>
        <translation>Als JSON</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <comment>exportPreparing</comment>
        <translation>Export wird vorbereitet …</translation>
    </message>
    <message>
        <source>Exported {count} messages to {file}.</source>
        <comment>exportReady</comment>
        <translation>{count} Nachrichten nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <comment>roomsTab</comment>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Rooms</source>
        <comment>roomsHeading</comment>
        <translation>Räume</translation>
    </message>
    <message>
        <source>You are in no rooms yet. Join one below.</source>
        <comment>noRooms</comment>
        <translation>Sie sind noch in keinem Raum. Treten Sie unten einem bei.</translation>
    </message>
    <message>
        <source>Not joined</source>
        <comment>roomStateLeft</comment>
        <translation>Nicht beigetreten</translation>
    </message>
    <message>
        <source>Joining…</source>
        <comment>roomStateJoining</comment>
        <translation>Beitritt läuft …</translation>
    </message>
    <message>
        <source>Joined</source>
        <comment>roomStateJoined</comment>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Could not join</source>
        <comment>roomStateFailed</comment>
        <translation>Beitritt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Joined as {nick}</source>
        <comment>roomJoinedAs</comment>
        <translation>Beigetreten als {nick}</translation>
    </message>
    <message>
        <source>@{count}</source>
        <comment>mentionBadge</comment>
        <translation>@{count}</translation>
    </message>
    <message>
        <source>{count} messages mention you</source>
        <comment>mentionCountLabel</comment>
        <translation>{count} Nachrichten erwähnen Sie</translation>
    </message>
    <message>
        <source>Join a room</source>
        <comment>joinRoomTitle</comment>
        <translation>Raum beitreten</translation>
    </message>
    <message>
        <source>Room address</source>
        <comment>roomJidLabel</comment>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <comment>roomJidPlaceholder</comment>
        <translation>raum@conference.example.org</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <comment>roomNickLabel</comment>
        <translation>Spitzname (optional)</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <comment>roomPasswordLabel</comment>
        <translation>Passwort (optional)</translation>
    </message>
    <message>
        <source>Join</source>
        <comment>joinRoom</comment>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join {name}</source>
        <comment>joinRoomLabel</comment>
        <translation>{name} beitreten</translation>
    </message>
    <message>
        <source>This is not a room address. An address looks like room@conference.example.org.</source>
        <comment>joinRoomInvalidJid</comment>
        <translation>Dies ist keine Raumadresse. Eine Adresse sieht so aus: raum@conference.example.org.</translation>
    </message>
    <message>
        <source>Create this room and configure it before it opens</source>
        <comment>createConfiguredRoom</comment>
        <translation>Diesen Raum erstellen und vor dem Öffnen konfigurieren</translation>
    </message>
    <message>
        <source>Configure room</source>
        <comment>configureRoom</comment>
        <translation>Raum konfigurieren</translation>
    </message>
    <message>
        <source>Room configuration</source>
        <comment>roomConfigTitle</comment>
        <translation>Raumkonfiguration</translation>
    </message>
    <message>
        <source>Loading the room’s configuration…</source>
        <comment>roomConfigLoading</comment>
        <translation>Die Konfiguration des Raums wird geladen …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <comment>roomConfigSaving</comment>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The room’s configuration is saved.</source>
        <comment>roomConfigSaved</comment>
        <translation>Die Konfiguration des Raums wurde gespeichert.</translation>
    </message>
    <message>
        <source>The configuration was cancelled.</source>
        <comment>roomConfigCancelled</comment>
        <translation>Die Konfiguration wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>saveRoomConfig</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancelRoomConfig</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <comment>publicRoomsHeading</comment>
        <translation>Öffentliche Räume</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <comment>mucServiceLabel</comment>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <comment>mucServicePlaceholder</comment>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>Browse</source>
        <comment>browseRooms</comment>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Filter the rooms</source>
        <comment>filterRoomsLabel</comment>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <source>Filter by name or topic…</source>
        <comment>filterRoomsPlaceholder</comment>
        <translation>Nach Name oder Thema filtern …</translation>
    </message>
    <message>
        <source>No room matches the filter.</source>
        <comment>noMatchingRooms</comment>
        <translation>Kein Raum entspricht dem Filter.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <comment>roomOccupantCount</comment>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <comment>invitationsHeading</comment>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invited by {name}</source>
        <comment>invitationFrom</comment>
        <translation>Eingeladen von {name}</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>acceptInvitation</comment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>declineInvitation</comment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept the invitation to {room}</source>
        <comment>acceptInvitationLabel</comment>
        <translation>Einladung in {room} annehmen</translation>
    </message>
    <message>
        <source>Decline the invitation to {room}</source>
        <comment>declineInvitationLabel</comment>
        <translation>Einladung in {room} ablehnen</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>backToRooms</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the room list</source>
        <comment>backToRoomsLabel</comment>
        <translation>Zurück zur Liste der Räume</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>leaveRoom</comment>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Join again</source>
        <comment>rejoinRoom</comment>
        <translation>Erneut beitreten</translation>
    </message>
    <message>
        <source>Bookmark and join at sign-in</source>
        <comment>bookmarkAutojoin</comment>
        <translation>Lesezeichen setzen und bei der Anmeldung beitreten</translation>
    </message>
    <message>
        <source>Change nickname</source>
        <comment>changeNick</comment>
        <translation>Spitznamen ändern</translation>
    </message>
    <message>
        <source>Your nickname in this room</source>
        <comment>nickFieldLabel</comment>
        <translation>Ihr Spitzname in diesem Raum</translation>
    </message>
    <message>
        <source>No messages yet. Write the first one below.</source>
        <comment>noRoomMessages</comment>
        <translation>Noch keine Nachrichten. Schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <comment>roomMessageFieldLabel</comment>
        <translation>Nachricht an {name}</translation>
    </message>
    <message>
        <source>People</source>
        <comment>occupantsHeading</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>({count})</source>
        <comment>occupantCount</comment>
        <translation>({count})</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <comment>occupantSelf</comment>
        <translation>{nick} (Sie)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <comment>occupantRoleModerator</comment>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Participant</source>
        <comment>occupantRoleParticipant</comment>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Visitor</source>
        <comment>occupantRoleVisitor</comment>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Kick</source>
        <comment>kickOccupant</comment>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <source>Kick {nick}?</source>
        <comment>kickOccupantConfirm</comment>
        <translation>{nick} hinauswerfen?</translation>
    </message>
    <message>
        <source>Ban</source>
        <comment>banOccupant</comment>
        <translation>Verbannen</translation>
    </message>
    <message>
        <source>Ban {nick}?</source>
        <comment>banOccupantConfirm</comment>
        <translation>{nick} verbannen?</translation>
    </message>
    <message>
        <source>Grant voice</source>
        <comment>grantVoice</comment>
        <translation>Rederecht erteilen</translation>
    </message>
    <message>
        <source>Revoke voice</source>
        <comment>revokeVoice</comment>
        <translation>Rederecht entziehen</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <comment>grantModerator</comment>
        <translation>Zum Moderator machen</translation>
    </message>
    <message>
        <source>Revoke moderator</source>
        <comment>revokeModerator</comment>
        <translation>Moderatorrechte entziehen</translation>
    </message>
    <message>
        <source>Make owner</source>
        <comment>makeOwner</comment>
        <translation>Zum Besitzer machen</translation>
    </message>
    <message>
        <source>Make {nick} an owner?</source>
        <comment>makeOwnerConfirm</comment>
        <translation>{nick} zum Besitzer machen?</translation>
    </message>
    <message>
        <source>Make admin</source>
        <comment>makeAdmin</comment>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>Make {nick} an admin?</source>
        <comment>makeAdminConfirm</comment>
        <translation>{nick} zum Administrator machen?</translation>
    </message>
    <message>
        <source>Make member</source>
        <comment>makeMember</comment>
        <translation>Zum Mitglied machen</translation>
    </message>
    <message>
        <source>Make {nick} a member, without admin rights?</source>
        <comment>makeMemberConfirm</comment>
        <translation>{nick} zum Mitglied ohne Administratorrechte machen?</translation>
    </message>
    <message>
        <source>Remove affiliation</source>
        <comment>removeAffiliation</comment>
        <translation>Zugehörigkeit entfernen</translation>
    </message>
    <message>
        <source>Remove the affiliation of {nick}?</source>
        <comment>removeAffiliationConfirm</comment>
        <translation>Zugehörigkeit von {nick} entfernen?</translation>
    </message>
    <message>
        <source>Actions for {nick}</source>
        <comment>occupantActionsLabel</comment>
        <translation>Aktionen für {nick}</translation>
    </message>
    <message>
        <source>Set subject</source>
        <comment>setSubject</comment>
        <translation>Thema festlegen</translation>
    </message>
    <message>
        <source>Subject of this room</source>
        <comment>subjectFieldLabel</comment>
        <translation>Thema dieses Raums</translation>
    </message>
    <message>
        <source>Invite</source>
        <comment>inviteToRoom</comment>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Contact or address to invite</source>
        <comment>inviteAddressLabel</comment>
        <translation>Kontakt oder Adresse zum Einladen</translation>
    </message>
    <message>
        <source>bob@example.org</source>
        <comment>inviteAddressPlaceholder</comment>
        <translation>bob@example.org</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>inviteReasonLabel</comment>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Destroy room…</source>
        <comment>destroyRoom</comment>
        <translation>Raum auflösen …</translation>
    </message>
    <message>
        <source>Destroy this room? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
        <comment>destroyRoomQuestion</comment>
        <translation>Diesen Raum auflösen? Alle Teilnehmer werden entfernt, und der Raum, seine Konfiguration und seine Mitgliederliste werden endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>destroyReasonLabel</comment>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Alternate room (optional)</source>
        <comment>destroyAlternateLabel</comment>
        <translation>Ersatzraum (optional)</translation>
    </message>
    <message>
        <source>Destroy</source>
        <comment>destroyRoomConfirm</comment>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Someone mentioned you.</source>
        <comment>mentionNotificationBody</comment>
        <translation>Jemand hat Sie erwähnt.</translation>
    </message>
    <message>
        <source>{count} messages mention you.</source>
        <comment>mentionNotificationBodyMany</comment>
        <translation>{count} Nachrichten erwähnen Sie.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>dismissNotice</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The action failed. Try again.</source>
        <comment>actionFailed</comment>
        <translation>Die Aktion ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The page is not connected to the Salon server. Sign in again.</source>
        <comment>notConnected</comment>
        <translation>Die Seite ist nicht mit dem Salon-Server verbunden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>stateOffline</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>stateConnecting</comment>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>stateOnline</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>stateReconnecting</comment>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Reconnecting: {error}</source>
        <comment>stateReconnectingWithError</comment>
        <translation>Verbindung wird wiederhergestellt: {error}</translation>
    </message>
    <message>
        <source>Offline: {error}</source>
        <comment>stateOfflineWithError</comment>
        <translation>Offline: {error}</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>presenceOffline</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>presenceOnline</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Free to chat</source>
        <comment>presenceChat</comment>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>presenceAway</comment>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Away for a long time</source>
        <comment>presenceXa</comment>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <comment>presenceDnd</comment>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>presenceWaitingForApproval</comment>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>The chat address is not valid. Check it and try again.</source>
        <comment>errorInvalidJid</comment>
        <translation>Die Chat-Adresse ist ungültig. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password is wrong. Check it and try again.</source>
        <comment>errorWrongPassword</comment>
        <translation>Das Passwort ist falsch. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Try again later.</source>
        <comment>errorServerUnreachable</comment>
        <translation>Der Chat-Server ist nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate is not trusted.</source>
        <comment>errorCertificateNotTrusted</comment>
        <translation>Dem Zertifikat des Chat-Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The chat server offers no encrypted connection.</source>
        <comment>errorEncryptionUnavailable</comment>
        <translation>Der Chat-Server bietet keine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <comment>errorConnectionLost</comment>
        <translation>Die Verbindung zum Chat-Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The chat server reported an error.</source>
        <comment>errorServerError</comment>
        <translation>Der Chat-Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <comment>errorUnknown</comment>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Salon server could not read the sign-in request. Reload the page and try again.</source>
        <comment>errorBadRequest</comment>
        <translation>Der Salon-Server konnte die Anmeldeanfrage nicht lesen. Laden Sie die Seite neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Salon server does not accept accounts of this domain.</source>
        <comment>errorDomainNotAllowed</comment>
        <translation>Dieser Salon-Server nimmt keine Konten dieser Domain an.</translation>
    </message>
    <message>
        <source>The Salon server has no room for another session. Try again later.</source>
        <comment>errorServerFull</comment>
        <translation>Der Salon-Server hat keinen Platz für eine weitere Sitzung. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Salon server is shutting down. Try again in a few minutes.</source>
        <comment>errorShuttingDown</comment>
        <translation>Der Salon-Server wird heruntergefahren. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Signing in took too long. Try again.</source>
        <comment>errorTimeout</comment>
        <translation>Die Anmeldung hat zu lange gedauert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from your address. Wait a minute and try again.</source>
        <comment>errorTooManyAttempts</comment>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Adresse. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Salon server could not start your session. Try again.</source>
        <comment>errorLinkerFailed</comment>
        <translation>Der Salon-Server konnte Ihre Sitzung nicht starten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Feed</source>
        <comment>feedTab</comment>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Feed</source>
        <comment>feedHeading</comment>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>No posts yet. Posts of your contacts and your own show here.</source>
        <comment>noPosts</comment>
        <translation>Noch keine Beiträge. Hier erscheinen die Beiträge Ihrer Kontakte und Ihre eigenen.</translation>
    </message>
    <message>
        <source>Load older posts</source>
        <comment>loadMorePosts</comment>
        <translation>Ältere Beiträge laden</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <comment>markAllRead</comment>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>{count} new posts</source>
        <comment>feedUnread</comment>
        <translation>{count} neue Beiträge</translation>
    </message>
    <message>
        <source>1 new post</source>
        <comment>feedUnreadOne</comment>
        <translation>1 neuer Beitrag</translation>
    </message>
    <message>
        <source>New</source>
        <comment>postUnread</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>postPending</comment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Edited {time}</source>
        <comment>postEditedAt</comment>
        <translation>Bearbeitet am {time}</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>postTagsLabel</comment>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Show images</source>
        <comment>showImages</comment>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>editPost</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deletePost</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this post for everyone?</source>
        <comment>deletePostQuestion</comment>
        <translation>Diesen Beitrag für alle löschen?</translation>
    </message>
    <message>
        <source>Delete post</source>
        <comment>deletePostConfirm</comment>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Write a post</source>
        <comment>newPostHeading</comment>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <comment>editPostHeading</comment>
        <translation>Ihren Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>postTitleLabel</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <comment>postBodyLabel</comment>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <comment>postBodyPlaceholder</comment>
        <translation>Was möchten Sie teilen?</translation>
    </message>
    <message>
        <source>Tags (separated by commas)</source>
        <comment>postTagsInputLabel</comment>
        <translation>Schlagwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>travel, photos</source>
        <comment>postTagsPlaceholder</comment>
        <translation>Reisen, Fotos</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <comment>postVisibilityLabel</comment>
        <translation>Wer ihn sehen kann</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>visibilityPublic</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <comment>visibilityContacts</comment>
        <translation>Nur Kontakte</translation>
    </message>
    <message>
        <source>Choose who can see it</source>
        <comment>visibilityChoose</comment>
        <translation>Auswählen, wer ihn sehen kann</translation>
    </message>
    <message>
        <source>Choose who can see the post before you save it.</source>
        <comment>postVisibilityMissing</comment>
        <translation>Wählen Sie aus, wer den Beitrag sehen kann, bevor Sie ihn speichern.</translation>
    </message>
    <message>
        <source>Publish</source>
        <comment>publishPost</comment>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <comment>savePost</comment>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <comment>cancelEdit</comment>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <comment>discardDraft</comment>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <comment>postEmpty</comment>
        <translation>Schreiben Sie zuerst einen Titel oder einen Text.</translation>
    </message>
    <message>
        <source>Your post is being published.</source>
        <comment>postPublished</comment>
        <translation>Ihr Beitrag wird veröffentlicht.</translation>
    </message>
    <message>
        <source>Your changes are being published.</source>
        <comment>postUpdated</comment>
        <translation>Ihre Änderungen werden veröffentlicht.</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesTab</comment>
        <translation>Communitys</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesHeading</comment>
        <translation>Communitys</translation>
    </message>
    <message>
        <source>Your communities</source>
        <comment>subscriptionsHeading</comment>
        <translation>Ihre Communitys</translation>
    </message>
    <message>
        <source>You follow no community yet.</source>
        <comment>noSubscriptions</comment>
        <translation>Sie folgen noch keiner Community.</translation>
    </message>
    <message>
        <source>Notify me</source>
        <comment>communityNotify</comment>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <comment>unsubscribeCommunity</comment>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <comment>subscribeCommunity</comment>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>subscriptionPending</comment>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <comment>subscriptionPendingCancel</comment>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Discover communities</source>
        <comment>discoverCommunitiesHeading</comment>
        <translation>Communitys entdecken</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>communityServerLabel</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>example.org (empty for your server)</source>
        <comment>communityServerPlaceholder</comment>
        <translation>example.org (leer für Ihren Server)</translation>
    </message>
    <message>
        <source>Find services</source>
        <comment>findServices</comment>
        <translation>Dienste suchen</translation>
    </message>
    <message>
        <source>Community service</source>
        <comment>communityServiceLabel</comment>
        <translation>Community-Dienst</translation>
    </message>
    <message>
        <source>pubsub.example.org</source>
        <comment>communityServicePlaceholder</comment>
        <translation>pubsub.example.org</translation>
    </message>
    <message>
        <source>Browse</source>
        <comment>browseCommunities</comment>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesOfService</comment>
        <translation>Communitys</translation>
    </message>
    <message>
        <source>Communities of {service}</source>
        <comment>communitiesOfNamedService</comment>
        <translation>Communitys auf {service}</translation>
    </message>
    <message>
        <source>Loading communities…</source>
        <comment>loadingCommunities</comment>
        <translation>Communitys werden geladen …</translation>
    </message>
    <message>
        <source>This service lists no communities.</source>
        <comment>noCommunities</comment>
        <translation>Dieser Dienst führt keine Communitys auf.</translation>
    </message>
    <message>
        <source>{count} subscribers</source>
        <comment>communitySubscribers</comment>
        <translation>{count} Abonnenten</translation>
    </message>
    <message>
        <source>1 subscriber</source>
        <comment>communitySubscribersOne</comment>
        <translation>1 Abonnent</translation>
    </message>
    <message>
        <source>Configure</source>
        <comment>configureCommunity</comment>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteCommunity</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this community and all its posts for everyone?</source>
        <comment>deleteCommunityQuestion</comment>
        <translation>Diese Community und alle ihre Beiträge für alle löschen?</translation>
    </message>
    <message>
        <source>Delete community</source>
        <comment>deleteCommunityConfirm</comment>
        <translation>Community löschen</translation>
    </message>
    <message>
        <source>Create a community</source>
        <comment>createCommunityHeading</comment>
        <translation>Community erstellen</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>communityTitleLabel</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>communityDescriptionLabel</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <comment>communityAccessLabel</comment>
        <translation>Wer sie lesen kann</translation>
    </message>
    <message>
        <source>Anyone</source>
        <comment>accessModel_open</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Those who see your presence</source>
        <comment>accessModel_presence</comment>
        <translation>Personen, die Ihren Online-Status sehen</translation>
    </message>
    <message>
        <source>Groups of your contacts</source>
        <comment>accessModel_roster</comment>
        <translation>Gruppen Ihrer Kontakte</translation>
    </message>
    <message>
        <source>Those you approve</source>
        <comment>accessModel_authorize</comment>
        <translation>Personen, die Sie zulassen</translation>
    </message>
    <message>
        <source>Only those you invite</source>
        <comment>accessModel_whitelist</comment>
        <translation>Nur Personen, die Sie einladen</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>communityCreateServiceLabel</comment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>createCommunity</comment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Enter a title for the community.</source>
        <comment>communityTitleMissing</comment>
        <translation>Geben Sie einen Titel für die Community ein.</translation>
    </message>
    <message>
        <source>Enter the service that hosts the community, such as pubsub.example.org.</source>
        <comment>communityServiceMissing</comment>
        <translation>Geben Sie den Dienst an, der die Community bereitstellt, etwa pubsub.example.org.</translation>
    </message>
    <message>
        <source>Creating the community…</source>
        <comment>communityCreating</comment>
        <translation>Community wird erstellt …</translation>
    </message>
    <message>
        <source>The community is being created on {service}. Browse the service to see it.</source>
        <comment>communityCreateRequested</comment>
        <translation>Die Community wird auf {service} erstellt. Durchsuchen Sie den Dienst, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The community {node} was created on {service}.</source>
        <comment>communityCreated</comment>
        <translation>Die Community {node} wurde auf {service} erstellt.</translation>
    </message>
    <message>
        <source>Community configuration</source>
        <comment>communityConfigTitle</comment>
        <translation>Community-Konfiguration</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>closeCommunityConfig</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Comments</source>
        <comment>showComments</comment>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Hide comments</source>
        <comment>hideComments</comment>
        <translation>Kommentare ausblenden</translation>
    </message>
    <message>
        <source>{count} comments</source>
        <comment>commentCount</comment>
        <translation>{count} Kommentare</translation>
    </message>
    <message>
        <source>1 comment</source>
        <comment>commentCountOne</comment>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>{count} likes</source>
        <comment>likeCount</comment>
        <translation>{count} Gefällt-mir-Angaben</translation>
    </message>
    <message>
        <source>1 like</source>
        <comment>likeCountOne</comment>
        <translation>1 Gefällt-mir-Angabe</translation>
    </message>
    <message>
        <source>♥ Like</source>
        <comment>likePost</comment>
        <translation>♥ Gefällt mir</translation>
    </message>
    <message>
        <source>♥ Liked</source>
        <comment>unlikePost</comment>
        <translation>♥ Gefällt Ihnen</translation>
    </message>
    <message>
        <source>Liked by {names}</source>
        <comment>likedBy</comment>
        <translation>Gefällt {names}</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <comment>loadingComments</comment>
        <translation>Kommentare werden geladen …</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <comment>noComments</comment>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <comment>commentFieldLabel</comment>
        <translation>Kommentar schreiben</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <comment>commentPlaceholder</comment>
        <translation>Kommentar schreiben …</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>sendComment</comment>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteComment</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>commentPending</comment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <comment>commentEmpty</comment>
        <translation>Schreiben Sie zuerst einen Kommentar.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <comment>postAttachmentsLabel</comment>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attach files</source>
        <comment>attachFiles</comment>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeAttachment</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>removeAttachmentLabel</comment>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{name}: {percent} %</source>
        <comment>attachmentUploading</comment>
        <translation>{name}: {percent} %</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <comment>attachmentUploaded</comment>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <comment>attachmentFailed</comment>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded.</source>
        <comment>attachmentsBusy</comment>
        <translation>Warten Sie, bis die Dateien hochgeladen sind.</translation>
    </message>
    <message>
        <source>Your server offers no file upload.</source>
        <comment>uploadNotAvailable</comment>
        <translation>Ihr Server bietet kein Hochladen von Dateien an.</translation>
    </message>
    <message>
        <source>Show image {name}</source>
        <comment>showImage</comment>
        <translation>Bild {name} anzeigen</translation>
    </message>
    <message>
        <source>Preview link</source>
        <comment>previewLink</comment>
        <translation>Linkvorschau</translation>
    </message>
    <message>
        <source>The text contains no web address to preview.</source>
        <comment>previewLinkMissing</comment>
        <translation>Der Text enthält keine Webadresse für eine Vorschau.</translation>
    </message>
    <message>
        <source>Loading the preview of {url}…</source>
        <comment>previewLoading</comment>
        <translation>Vorschau von {url} wird geladen …</translation>
    </message>
    <message>
        <source>Remove preview</source>
        <comment>removePreview</comment>
        <translation>Vorschau entfernen</translation>
    </message>
    <message>
        <source>Publish in</source>
        <comment>postTargetLabel</comment>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <source>My blog</source>
        <comment>postTargetBlog</comment>
        <translation>Mein Blog</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openCommunity</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Back to communities</source>
        <comment>backToCommunities</comment>
        <translation>Zurück zu den Communitys</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>communityPosts</comment>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>This community has no posts yet.</source>
        <comment>noCommunityPosts</comment>
        <translation>Diese Community hat noch keine Beiträge.</translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <comment>loadingPosts</comment>
        <translation>Beiträge werden geladen …</translation>
    </message>
    <message>
        <source>Post in this community</source>
        <comment>newCommunityPost</comment>
        <translation>Beitrag in dieser Community schreiben</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>profilePostsHeading</comment>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>No posts to show.</source>
        <comment>noProfilePosts</comment>
        <translation>Keine Beiträge vorhanden.</translation>
    </message>
    <message>
        <source>{name} has no posts yet.</source>
        <comment>profileNoPosts</comment>
        <translation>{name} hat noch keine Beiträge.</translation>
    </message>
    <message>
        <source>Explore</source>
        <comment>exploreTab</comment>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Explore</source>
        <comment>exploreHeading</comment>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Public communities</source>
        <comment>publicCommunitiesHeading</comment>
        <translation>Öffentliche Communitys</translation>
    </message>
    <message>
        <source>No public communities found on your server.</source>
        <comment>noPublicCommunities</comment>
        <translation>Keine öffentlichen Communitys auf Ihrem Server gefunden.</translation>
    </message>
    <message>
        <source>Posts with the tag</source>
        <comment>tagSearchLabel</comment>
        <translation>Beiträge mit dem Schlagwort</translation>
    </message>
    <message>
        <source>travel</source>
        <comment>tagSearchPlaceholder</comment>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>showTag</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Posts tagged #{tag}</source>
        <comment>postsWithTag</comment>
        <translation>Beiträge mit dem Schlagwort #{tag}</translation>
    </message>
    <message>
        <source>No public posts with this tag are known yet.</source>
        <comment>noTaggedPosts</comment>
        <translation>Noch keine öffentlichen Beiträge mit diesem Schlagwort bekannt.</translation>
    </message>
    <message>
        <source>{name} commented on your post</source>
        <comment>commentNotificationTitle</comment>
        <translation>{name} hat Ihren Beitrag kommentiert</translation>
    </message>
    <message>
        <source>{name} likes your post</source>
        <comment>likeNotificationTitle</comment>
        <translation>{name} gefällt Ihr Beitrag</translation>
    </message>
    <message>
        <source>New post in {community}</source>
        <comment>communityPostNotificationTitle</comment>
        <translation>Neuer Beitrag in {community}</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <comment>communityPostNotificationBody</comment>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>The Salon server cannot be reached. Try again later.</source>
        <comment>salonServerUnreachable</comment>
        <translation>Der Salon-Server ist nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Reconnecting to the Salon server…</source>
        <comment>salonReconnecting</comment>
        <translation>Verbindung zum Salon-Server wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The connection to the Salon server was lost and your session there has ended. Sign in again.</source>
        <comment>salonSessionExpired</comment>
        <translation>Die Verbindung zum Salon-Server wurde unterbrochen, und Ihre Sitzung dort ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signing out failed because the Salon server cannot be reached. Try again.</source>
        <comment>signOutFailed</comment>
        <translation>Die Abmeldung ist fehlgeschlagen, weil der Salon-Server nicht erreichbar ist. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <comment>sessionEnded</comment>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <comment>sessionEndedSignedOut</comment>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>The Salon server is shutting down. Sign in again in a few minutes.</source>
        <comment>sessionEndedServerShutdown</comment>
        <translation>Der Salon-Server wird heruntergefahren. Melden Sie sich in einigen Minuten erneut an.</translation>
    </message>
    <message>
        <source>Your session ended after a long time without an open page. Sign in again.</source>
        <comment>sessionEndedIdleTimeout</comment>
        <translation>Ihre Sitzung wurde nach langer Zeit ohne geöffnete Seite beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session stopped responding and was ended. Sign in again.</source>
        <comment>sessionEndedLinkerStalled</comment>
        <translation>Ihre Sitzung hat nicht mehr reagiert und wurde beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session used more resources than the Salon server allows and was ended. Sign in again.</source>
        <comment>sessionEndedLinkerLimitExceeded</comment>
        <translation>Ihre Sitzung hat mehr Ressourcen verbraucht, als der Salon-Server erlaubt, und wurde beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This page sent too many requests to the Salon server and was disconnected. Reload the page to continue.</source>
        <comment>sessionEndedTabFlooding</comment>
        <translation>Diese Seite hat zu viele Anfragen an den Salon-Server gesendet und wurde getrennt. Laden Sie die Seite neu, um fortzufahren.</translation>
    </message>
</context>
</TS>
