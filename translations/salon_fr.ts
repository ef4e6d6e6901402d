<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/Account.cpp" line="+412"/>
        <source>This is not a valid address. An address looks like name@example.org.</source>
        <translation>Cette adresse n&apos;est pas valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong address or password. Check them and sign in again.</source>
        <translation>Adresse ou mot de passe incorrect. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Salon keeps trying; check your network or the server&apos;s address.</source>
        <translation>Le serveur est injoignable. Salon continue d&apos;essayer ; vérifiez votre réseau ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted, so Salon did not connect. Ask the server&apos;s administrator.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable, Salon ne s&apos;est donc pas connecté. Contactez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer an encrypted connection, so Salon did not connect.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée, Salon ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server was lost. Salon is reconnecting.</source>
        <translation>La connexion au serveur a été perdue. Salon se reconnecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection with an error. Salon is reconnecting.</source>
        <translation>Le serveur a fermé la connexion avec une erreur. Salon se reconnecte.</translation>
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
        <translation>Nouveau compte</translation>
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
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/AddContactDialog.qml" line="+66"/>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Salon adds the contact and asks to see their presence. You see them online once they accept.</source>
        <translation>Salon ajoute le contact et demande à voir sa présence. Vous le verrez en ligne dès qu&apos;il aura accepté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>XMPP address</source>
        <translation>Adresse XMPP</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group (optional)</source>
        <translation>Groupe (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>AttachmentFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/AttachmentFileDialog.qml" line="+14"/>
        <source>Choose a File to Send</source>
        <translation>Choisir un fichier à envoyer</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/AttachmentView.qml" line="+66"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>AvatarFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/AvatarFileDialog.qml" line="+16"/>
        <source>Choose an Image for Your Avatar</source>
        <translation>Choisir une image pour votre avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>AvatarPublisher</name>
    <message>
        <location filename="../src/media/AvatarPublisher.cpp" line="+36"/>
        <source>Choose an image file on this computer.</source>
        <translation>Choisissez un fichier image sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Salon is still preparing the previous image. Try again in a moment.</source>
        <translation>Salon prépare encore l&apos;image précédente. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file &quot;%1&quot; is empty. Choose an image.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est vide. Choisissez une image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not read the file &quot;%1&quot;. Check that it exists and that you may open it.</source>
        <translation>Salon n&apos;a pas pu lire le fichier «&#xa0;%1&#xa0;». Vérifiez qu&apos;il existe et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; is larger than %2 MB. Choose a smaller image.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» dépasse %2 Mo. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image &quot;%1&quot; is larger than %2 × %2 pixels. Choose a smaller image.</source>
        <translation>L&apos;image «&#xa0;%1&#xa0;» dépasse %2 × %2 pixels. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; is not an image that Salon can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;est pas une image que Salon peut lire. Choisissez une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not convert the image &quot;%1&quot; for publishing. Try another image.</source>
        <translation>Salon n&apos;a pas pu convertir l&apos;image «&#xa0;%1&#xa0;» pour la publier. Essayez une autre image.</translation>
    </message>
</context>
<context>
    <name>AvatarService</name>
    <message>
        <location filename="../src/core/AvatarService.cpp" line="+550"/>
        <source>The avatar image is larger than %1 KB after scaling. Choose a simpler image.</source>
        <translation>L&apos;image de l&apos;avatar dépasse %1 Ko après redimensionnement. Choisissez une image plus simple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salon could not publish your avatar: the image data is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Salon n&apos;a pas pu publier votre avatar : les données ne sont pas une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Change your avatar once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Modifiez votre avatar lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>You are offline. Remove your avatar once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Supprimez votre avatar lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server rejected it (%1).</source>
        <translation>le serveur l&apos;a refusé (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not change your avatar: %1</source>
        <translation>Salon n&apos;a pas pu modifier votre avatar : %1</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/BlockedContactsSection.qml" line="+34"/>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You do not receive their messages or presence, and they do not see yours.</source>
        <translation>Vous ne recevez ni leurs messages ni leur présence, et ils ne voient pas les vôtres.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
</context>
<context>
    <name>BlockingService</name>
    <message>
        <location filename="../src/core/BlockingService.cpp" line="+225"/>
        <source>Salon could not block %1: %2</source>
        <translation>Salon n&apos;a pas pu bloquer %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could not unblock %1: %2</source>
        <translation>Salon n&apos;a pas pu débloquer %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is your own address. Choose the address of someone else.</source>
        <translation>%1 est votre propre adresse. Choisissez l&apos;adresse de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are offline. Block or unblock addresses once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Bloquez ou débloquez des adresses lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon cannot block or unblock %1: the server does not support blocking.</source>
        <translation>Salon ne peut pas bloquer ou débloquer %1 : le serveur ne prend pas en charge le blocage.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server does not accept this address.</source>
        <translation>le serveur n&apos;accepte pas cette adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not support blocking.</source>
        <translation>le serveur ne prend pas en charge le blocage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not allow it.</source>
        <translation>le serveur ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>le serveur a signalé une erreur. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>BookmarksService</name>
    <message>
        <location filename="../src/core/BookmarksService.cpp" line="+180"/>
        <location line="+31"/>
        <source>This is not a valid room address.</source>
        <translation>Cette adresse de salon n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The server rejected the change.</source>
        <translation>Le serveur a refusé la modification.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Salon could not remove your bookmark of %1: %2</source>
        <translation>Salon n&apos;a pas pu supprimer votre marque-page de %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could not save your bookmark of %1: %2</source>
        <translation>Salon n&apos;a pas pu enregistrer votre marque-page de %1 : %2</translation>
    </message>
</context>
<context>
    <name>BrowserUploads</name>
    <message>
        <location filename="../src/headless/linker/BrowserUploads.cpp" line="+34"/>
        <source>The method %1.%2 takes %3 arguments, not %4.</source>
        <translation>La méthode %1.%2 prend %3 arguments, et non %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Argument %1 of %2.%3: %4</source>
        <translation>Argument %1 de %2.%3 : %4</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
        <translation>Une requête d&apos;appel nécessite un objet et un nom de méthode et, le cas échéant, un tableau d&apos;arguments.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The upload key must have 1 to %1 characters.</source>
        <translation>La clé d&apos;envoi doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object &quot;%1&quot; has no method &quot;%2&quot; that can be called.</source>
        <translation>L&apos;objet «&#xa0;%1&#xa0;» n&apos;a pas de méthode «&#xa0;%2&#xa0;» pouvant être appelée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upload with the key &quot;%1&quot; is already running in this tab.</source>
        <translation>Un envoi avec la clé «&#xa0;%1&#xa0;» est déjà en cours dans cet onglet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty. Choose a file with content.</source>
        <translation>Le fichier %1 est vide. Choisissez un fichier qui a du contenu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your server does not accept files, so %1 cannot be sent.</source>
        <translation>Votre serveur n&apos;accepte pas de fichiers, %1 ne peut donc pas être envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is %2, more than the %3 that your server accepts.</source>
        <translation>Le fichier %1 fait %2, soit plus que les %3 acceptés par votre serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 is %2, more than the %3 that Salon sends through the web page.</source>
        <translation>Le fichier %1 fait %2, soit plus que les %3 que Salon envoie par la page web.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This tab is sending %1 files already. Wait until one is sent.</source>
        <translation>Cet onglet envoie déjà %1 fichiers. Attendez que l&apos;un d&apos;eux soit envoyé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <location line="+22"/>
        <source>Salon could not store the file %1 on the server. Try again later.</source>
        <translation>Salon n&apos;a pas pu stocker le fichier %1 sur le serveur. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+32"/>
        <source>There is no upload with the key &quot;%1&quot; in this tab.</source>
        <translation>Il n&apos;y a aucun envoi avec la clé «&#xa0;%1&#xa0;» dans cet onglet.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+4"/>
        <source>A chunk must have 1 to %1 bytes, in base64.</source>
        <translation>Un fragment doit comporter de 1 à %1 octets, en base64.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is larger than the size given when its upload began. Send it again.</source>
        <translation>Le fichier %1 est plus grand que la taille indiquée au début de son envoi. Envoyez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only %1 of the %2 bytes of %3 arrived. Send the rest before finishing.</source>
        <translation>Seuls %1 des %2 octets de %3 sont arrivés. Envoyez le reste avant de terminer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Salon could not send the file %1.</source>
        <translation>Salon n&apos;a pas pu envoyer le fichier %1.</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <location filename="../src/core/ChatService.cpp" line="+297"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty. Write something before sending.</source>
        <translation>Le message est vide. Écrivez quelque chose avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is longer than %1 characters. Split it into several messages.</source>
        <translation>Le message dépasse %1 caractères. Répartissez-le sur plusieurs messages.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Your message to %1 could not be delivered.</source>
        <translation>Votre message à %1 n&apos;a pas pu être remis.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Salon could not export the conversation: the address or the format is not valid.</source>
        <translation>Salon n&apos;a pas pu exporter la discussion : l&apos;adresse ou le format n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account keeps no message history, so there is nothing to export.</source>
        <translation>Ce compte ne conserve aucun historique des messages, il n&apos;y a donc rien à exporter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You have no message to %1 to correct.</source>
        <translation>Vous n&apos;avez aucun message à %1 à corriger.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only your own messages can be retracted.</source>
        <translation>Seuls vos propres messages peuvent être retirés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message you reply to is no longer in the conversation.</source>
        <translation>Le message auquel vous répondez ne fait plus partie de la discussion.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The message you react to is no longer in the conversation.</source>
        <translation>Le message auquel vous réagissez ne fait plus partie de la discussion.</translation>
    </message>
</context>
<context>
    <name>ChatTime</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ChatTime.js" line="+12"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <comment>minutes since a message</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ChatsPage.qml" line="+27"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search Messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the messages of all conversations (Ctrl+F)</source>
        <translation>Rechercher dans les messages de toutes les discussions (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No conversations yet</source>
        <translation>Aucune discussion pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a contact and choose Send Message to start a conversation.</source>
        <translation>Ouvrez un contact et choisissez Envoyer un message pour commencer une discussion.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/ui/CommandLine.cpp" line="+25"/>
        <source>XMPP address (bare JID) of the account, such as alice@example.org. Without --password-stdin it is only filled into the sign-in page. With --jid the app runs only this account and leaves the saved account list unchanged.</source>
        <translation>Adresse XMPP (JID nu) du compte, par exemple alice@example.org. Sans --password-stdin, elle est seulement pré-remplie dans la page de connexion. Avec --jid, l’application n’utilise que ce compte et laisse la liste des comptes enregistrés inchangée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input and sign in at start. Needs --jid.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard et se connecter au démarrage. Nécessite --jid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name or IP address of the XMPP server. Default: found through the JID domain&apos;s DNS SRV records.</source>
        <translation>Nom d&apos;hôte ou adresse IP du serveur XMPP. Par défaut : trouvé grâce aux enregistrements DNS SRV du domaine du JID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP port of the XMPP server, 1 to 65535. Default: the SRV record&apos;s port, or 5222.</source>
        <translation>Port TCP du serveur XMPP, de 1 à 65535. Par défaut : le port de l&apos;enregistrement SRV, ou 5222.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of certificate authorities to trust in addition to the system&apos;s, for a server with a private CA.</source>
        <translation>Fichier PEM d&apos;autorités de certification à accepter en plus de celles du système, pour un serveur ayant une autorité de certification privée.</translation>
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
        <translation>Cache de tout ce que Salon a vu : sqlite:PATH ou postgresql://USER@HOST:PORT/DBNAME. Par défaut : sqlite:%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the view of --screenshot-view shows its content, save a PNG screenshot of the window to FILE and keep running.</source>
        <translation>Dès que la vue de --screenshot-view affiche son contenu, enregistrer une capture d&apos;écran PNG de la fenêtre dans FILE et continuer à fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the window shows in the screenshot of --screenshot: contacts (the contact list with its contacts), feed (the news feed, once the posts of the account and of its contacts are fetched) or chat:JID (the conversation with JID, once its newest messages are loaded). Default: contacts.</source>
        <translation>Ce que la fenêtre montre sur la capture de --screenshot : contacts (la liste de contacts avec ses contacts), feed (le fil d&apos;actualité, une fois les publications du compte et de ses contacts récupérées) ou chat:JID (la conversation avec JID, une fois ses messages les plus récents chargés). Par défaut : contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon, a social XMPP client.</source>
        <translation>Salon, un client XMPP social.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>xmpp: URI to open, such as xmpp:alice@example.org?message for a chat, ?join for a group chat room or ?roster to add a contact. When Salon already runs, the URI goes to the running app.</source>
        <translation>URI xmpp: à ouvrir, par exemple xmpp:alice@example.org?message pour une discussion, ?join pour un salon de discussion ou ?roster pour ajouter un contact. Si Salon est déjà lancé, l’URI est transmise à l’application en cours.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unexpected argument: %1. Run with --help to list the options.</source>
        <translation>Argument inattendu : %1. Lancez avec --help pour lister les options.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--password-stdin needs --jid: give the JID to sign in with.</source>
        <translation>--password-stdin nécessite --jid : indiquez le JID avec lequel se connecter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--xmpp-host is empty: give a host name or an IP address.</source>
        <translation>--xmpp-host est vide : indiquez un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--screenshot is empty: give the path of the PNG file to write.</source>
        <translation>--screenshot est vide : indiquez le chemin du fichier PNG à écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--screenshot-view needs --screenshot: give the path of the PNG file to write.</source>
        <translation>--screenshot-view nécessite --screenshot : indiquez le chemin du fichier PNG à écrire.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Invalid --xmpp-port value &quot;%1&quot;: give a TCP port from 1 to 65535.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --xmpp-port : indiquez un port TCP de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid --screenshot-view value &quot;%1&quot;: &quot;%2&quot; is not a valid JID. Give one after chat:, such as chat:alice@example.org.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --screenshot-view : «&#xa0;%2&#xa0;» n&apos;est pas un JID valable. Indiquez-en un après chat:, par exemple chat:alice@example.org.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --screenshot-view value &quot;%1&quot;: give contacts, feed or chat:JID.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --screenshot-view : indiquez contacts, feed ou chat:JID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the --ca-certificates file %1: %2.</source>
        <translation>Impossible de lire le fichier --ca-certificates %1 : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The --ca-certificates file %1 contains no PEM certificate.</source>
        <translation>Le fichier --ca-certificates %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommentDelegate.qml" line="+31"/>
        <source>Comment by %1</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
</context>
<context>
    <name>CommentsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommentsSection.qml" line="+40"/>
        <source>Your like could not be removed.</source>
        <translation>Votre mention J&apos;aime n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post could not be liked. Make sure that you are signed in.</source>
        <translation>Impossible d&apos;aimer la publication. Vérifiez que vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comment could not be sent. Make sure that you are signed in.</source>
        <translation>Le commentaire n&apos;a pas pu être envoyé. Vérifiez que vous êtes connecté.</translation>
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
        <translation>Je n&apos;aime plus</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Liked by %1</source>
        <translation>Aimé par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This comment can no longer be deleted.</source>
        <translation>Ce commentaire ne peut plus être supprimé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>CommentsService</name>
    <message>
        <location filename="../src/core/CommentsService.cpp" line="+551"/>
        <source>You have not liked this post.</source>
        <translation>Vous n&apos;avez pas aimé cette publication.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This comment is no longer available.</source>
        <translation>Ce commentaire n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the author of this comment or the owner of the post may delete it.</source>
        <translation>Seul l&apos;auteur de ce commentaire ou le propriétaire de la publication peut le supprimer.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommunitiesPage.qml" line="+47"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Community…</source>
        <translation>Créer une communauté…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 offers no community service.</source>
        <translation>%1 ne propose aucun service de communautés.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your server</source>
        <translation>Votre serveur</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Subscribed (%1)</source>
        <translation>Abonnements (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribed</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No communities yet</source>
        <translation>Aucune communauté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover the communities of your server or of any other, or create one.</source>
        <translation>Découvrez les communautés de votre serveur ou de n&apos;importe quel autre, ou créez-en une.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Server, such as example.org; empty for yours</source>
        <translation>Serveur, par exemple example.org ; vide pour le vôtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No communities on %1</source>
        <translation>Aucune communauté sur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No service chosen</source>
        <translation>Aucun service choisi</translation>
    </message>
</context>
<context>
    <name>CommunityConfigurationDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CommunityConfigurationDialog.qml" line="+40"/>
        <source>Loading the community&apos;s configuration…</source>
        <translation>Chargement de la configuration de la communauté…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure %1</source>
        <translation>Configurer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CommunityDelegate</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/social/CommunityDelegate.qml" line="+64"/>
        <source>%1 · %n subscriber(s)</source>
        <translation>
            <numerusform>%1 · %n abonné</numerusform>
            <numerusform>%1 · %n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
</context>
<context>
    <name>CommunityDirectory</name>
    <message>
        <location filename="../src/core/CommunityDirectory.cpp" line="+99"/>
        <source>“%1” is not a valid address of a community service.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valable de service de communautés.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Salon could not list the communities of %1: %2</source>
        <translation>Salon n&apos;a pas pu lister les communautés de %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon could list only some communities of %1: %2</source>
        <translation>Salon n&apos;a pu lister que certaines communautés de %1 : %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>the service sent an invalid response.</source>
        <translation>le service a envoyé une réponse non valable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service was not found. Check the address.</source>
        <translation>le service est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service&apos;s server did not respond in time. Try again later.</source>
        <translation>le serveur du service n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service does not allow you to list its communities.</source>
        <translation>le service ne vous autorise pas à lister ses communautés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address is not a community service, or the service does not list its communities.</source>
        <translation>l&apos;adresse n&apos;est pas celle d&apos;un service de communautés, ou le service ne liste pas ses communautés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service reported an error.</source>
        <translation>le service a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service reported an error: %1</source>
        <translation>le service a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>CommunityFormRequests</name>
    <message>
        <location filename="../src/headless/linker/CommunityFormRequests.cpp" line="+46"/>
        <source>The method &quot;%1&quot; of &quot;communities&quot; takes two strings, the service address and the node.</source>
        <translation>La méthode «&#xa0;%1&#xa0;» de «&#xa0;communities&#xa0;» prend deux chaînes, l&apos;adresse du service et le nœud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; with the node &quot;%2&quot; names no community. A service address looks like pubsub.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» avec le nœud «&#xa0;%2&#xa0;» ne désigne aucune communauté. Une adresse de service ressemble à pubsub.example.org.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tab has too many conversations, rooms and forms open. Close one before configuring a community.</source>
        <translation>Cet onglet a trop de discussions, de salons et de formulaires ouverts. Fermez-en un avant de configurer une communauté.</translation>
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
        <translation>Cette adresse de communauté n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Subscribe to the community before choosing its notifications.</source>
        <translation>Abonnez-vous à la communauté avant de choisir ses notifications.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>This is not a valid address of a community service.</source>
        <translation>Cette adresse de service de communautés n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who may read the community: open, presence, roster, authorize or whitelist.</source>
        <translation>Choisissez qui peut lire la communauté : open, presence, roster, authorize ou whitelist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the community a title.</source>
        <translation>Donnez un titre à la communauté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The community&apos;s name is too long.</source>
        <translation>Le nom de la communauté est trop long.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 rejected the community&apos;s settings. It may not support the access model “%2”. Choose another one.</source>
        <translation>%1 a refusé les paramètres de la communauté. Il ne prend peut-être pas en charge le modèle d&apos;accès «&#xa0;%2&#xa0;». Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The community %1 sent no configuration form.</source>
        <translation>La communauté %1 n&apos;a envoyé aucun formulaire de configuration.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the community&apos;s configuration before saving it.</source>
        <translation>Chargez la configuration de la communauté avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The community&apos;s configuration has no field &quot;%1&quot; that can be changed.</source>
        <translation>La configuration de la communauté n&apos;a aucun champ modifiable «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The service %1 was not found.</source>
        <translation>Le service %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This community does not exist on %1.</source>
        <translation>Cette communauté n&apos;existe pas sur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This community does not allow you to subscribe.</source>
        <translation>Cette communauté ne vous autorise pas à vous abonner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow you to create communities.</source>
        <translation>%1 ne vous autorise pas à créer des communautés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owners of a community may configure it.</source>
        <translation>Seuls les propriétaires d&apos;une communauté peuvent la configurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owners of a community may delete it.</source>
        <translation>Seuls les propriétaires d&apos;une communauté peuvent la supprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A community with this name exists already on %1. Choose another name.</source>
        <translation>Une communauté portant ce nom existe déjà sur %1. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not support creating communities with these settings.</source>
        <translation>%1 ne permet pas de créer des communautés avec ces paramètres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service rejected the configuration. Check the values and try again.</source>
        <translation>Le service a refusé la configuration. Vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service rejected the configuration: %1</source>
        <translation>Le service a refusé la configuration : %1</translation>
    </message>
</context>
<context>
    <name>ComposerBanner</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ComposerBanner.qml" line="+62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ContactDelegate.qml" line="+44"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free to chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away for a long time</source>
        <translation>Absent pour une longue durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Send Message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View Profile</source>
        <translation>Voir le profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit Groups…</source>
        <translation>Modifier les groupes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
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
        <translation>Actions pour %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ContactsPage.qml" line="+54"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+195"/>
        <source>Add Contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Add a contact and ask to see their presence</source>
        <translation>Ajouter un contact et demander à voir sa présence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit My Profile…</source>
        <translation>Modifier mon profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the profile that others see</source>
        <translation>Modifier le profil que les autres voient</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Asked %1 to share their presence</source>
        <translation>Vous avez demandé à %1 de partager sa présence</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you add to your contacts, and people who accept your requests, appear here.</source>
        <translation>Les personnes que vous ajoutez à vos contacts, et celles qui acceptent vos demandes, apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/chat/ConversationDelegate.qml" line="+29"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You: %1</source>
        <comment>preview of the user&apos;s own message</comment>
        <translation>Vous : %1</translation>
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
        <translation>La méthode chats.exportConversation prend deux arguments, l&apos;adresse de discussion et le format.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export format must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>Le format d&apos;export doit être «&#xa0;text&#xa0;» ou «&#xa0;json&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message numerus="yes">
        <location filename="../resources/qml/org/salon/chat/ConversationExporter.qml" line="+68"/>
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>%n message exporté vers %1.</numerusform>
            <numerusform>%n messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon ne peut pas afficher de boîte de dialogue de fichier car le module QML Qt.labs.platform est absent. Installez le paquet qml-module-qt-labs-platform.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ConversationPage.qml" line="+72"/>
        <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
        <translation>Le message que vous modifiez n&apos;est plus votre message le plus récent, il ne peut donc pas être corrigé.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Export Conversation…</source>
        <translation>Exporter la discussion…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As Plain Text…</source>
        <translation>En texte brut…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon ne peut pas afficher de boîte de dialogue de fichier car le module QML Qt.labs.platform est absent. Installez le paquet qml-module-qt-labs-platform.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The message is no longer in this conversation.</source>
        <translation>Le message ne fait plus partie de cette discussion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
</context>
<context>
    <name>ConversationRequests</name>
    <message>
        <location filename="../src/headless/linker/ConversationRequests.cpp" line="+56"/>
        <source>The method &quot;%1&quot; of &quot;chats&quot; takes two arguments, the chat address and the message id.</source>
        <translation>La méthode «&#xa0;%1&#xa0;» de «&#xa0;chats&#xa0;» prend deux arguments, l&apos;adresse de discussion et l&apos;identifiant du message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The method &quot;%1&quot; of &quot;chats&quot; takes one argument, the chat address.</source>
        <translation>La méthode «&#xa0;%1&#xa0;» de «&#xa0;chats&#xa0;» prend un argument, l&apos;adresse de discussion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The conversation with %1 is not open. Open it before loading older messages.</source>
        <translation>La discussion avec %1 n&apos;est pas ouverte. Ouvrez-la avant de charger des messages plus anciens.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tab has %1 conversations open already. Close one before opening another.</source>
        <translation>Cet onglet a déjà %1 discussions ouvertes. Fermez-en une avant d&apos;en ouvrir une autre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Argument 2 of chats.revealMessage: %1</source>
        <translation>Argument 2 de chats.revealMessage : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conversation with %1 is not open. Open it before showing one of its messages.</source>
        <translation>La discussion avec %1 n&apos;est pas ouverte. Ouvrez-la avant d&apos;afficher l&apos;un de ses messages.</translation>
    </message>
</context>
<context>
    <name>CreateCommunityDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/CreateCommunityDialog.qml" line="+37"/>
        <source>Create Community</source>
        <translation>Créer une communauté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who may read it</source>
        <translation>Qui peut la lire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who see my presence</source>
        <translation>Les personnes qui voient ma présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in my roster</source>
        <translation>Les contacts de ma liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I approve</source>
        <translation>Les personnes que j&apos;approuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people I add</source>
        <translation>Seulement les personnes que j&apos;ajoute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PubSub service, such as pubsub.example.org</source>
        <translation>Service PubSub, par exemple pubsub.example.org</translation>
    </message>
</context>
<context>
    <name>DeleteCommunityDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/DeleteCommunityDialog.qml" line="+24"/>
        <source>Delete Community</source>
        <translation>Supprimer la communauté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1 with all its posts? Its subscribers are told that it is gone.</source>
        <translation>Supprimer %1 avec toutes ses publications ? Ses abonnés seront informés de sa disparition.</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/DeleteMessageDialog.qml" line="+25"/>
        <source>Delete for Everyone?</source>
        <translation>Supprimer pour tout le monde ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message will be replaced by “This message was deleted” here and for the other person, as far as their app supports it. This cannot be undone.</source>
        <translation>Le message sera remplacé par «&#xa0;Ce message a été supprimé&#xa0;» ici et chez votre interlocuteur, dans la mesure où son application le permet. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>DeletePostDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/social/DeletePostDialog.qml" line="+27"/>
        <source>Delete Post</source>
        <translation>Supprimer la publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the post “%1” and its comments for everyone?</source>
        <translation>Supprimer la publication «&#xa0;%1&#xa0;» et ses commentaires pour tout le monde ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this post and its comments for everyone?</source>
        <translation>Supprimer cette publication et ses commentaires pour tout le monde ?</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../src/ui/DesktopApp.cpp" line="+562"/>
        <source>The main window could not be loaded from %1; the QML errors are logged above.</source>
        <translation>La fenêtre principale n&apos;a pas pu être chargée depuis %1 ; les erreurs QML sont journalisées ci-dessus.</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <location filename="../src/ui/DesktopSettings.cpp" line="+89"/>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DestroyRoomDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/DestroyRoomDialog.qml" line="+29"/>
        <source>Destroy Room</source>
        <translation>Détruire le salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destroy %1? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
        <translation>Détruire %1 ? Tous les occupants en sont retirés, et le salon, sa configuration et sa liste de membres disparaissent définitivement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alternate room (optional)</source>
        <translation>Salon de remplacement (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address of a room to go to instead</source>
        <translation>Adresse d&apos;un salon où aller à la place</translation>
    </message>
</context>
<context>
    <name>EditGroupsDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/EditGroupsDialog.qml" line="+24"/>
        <source>Groups of %1</source>
        <translation>Groupes de %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In no group. The contact list shows it under “No group”.</source>
        <translation>Dans aucun groupe. La liste de contacts l&apos;affiche sous « Aucun groupe ».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to a group</source>
        <translation>Ajouter à un groupe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/EditProfileDialog.qml" line="+113"/>
        <source>Edit My Profile</source>
        <translation>Modifier mon profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
        <translation>Salon ne peut pas afficher de boîte de dialogue de fichier car le module QML Qt.labs.platform est absent. Installez le paquet qml-module-qt-labs-platform.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anyone who knows your address can see these fields.</source>
        <translation>Toute personne qui connaît votre adresse peut voir ces champs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatar:</source>
        <translation>Avatar :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Avatar…</source>
        <translation>Changer d&apos;avatar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Avatar</source>
        <translation>Supprimer l&apos;avatar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the avatar…</source>
        <translation>Modification de l&apos;avatar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nickname:</source>
        <translation>Pseudonyme :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About:</source>
        <translation>À propos :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location:</source>
        <translation>Localisation :</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/ExplorePage.qml" line="+43"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No public communities found</source>
        <translation>Aucune communauté publique trouvée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tag, such as news</source>
        <translation>Étiquette, par exemple news</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No public posts with #%1</source>
        <translation>Aucune publication publique avec #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a tag</source>
        <translation>Choisissez une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public posts of your own blog and of the communities you follow show here.</source>
        <translation>Les publications publiques de votre propre blog et des communautés que vous suivez s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ExportFileDialog.qml" line="+18"/>
        <source>Export Conversation as JSON</source>
        <translation>Exporter la discussion en JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Conversation as Plain Text</source>
        <translation>Exporter la discussion en texte brut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../resources/qml/org/salon/social/FeedPage.qml" line="+61"/>
        <source>Feed</source>
        <translation>Fil d&apos;actualité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue Draft…</source>
        <translation>Reprendre le brouillon…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Post…</source>
        <translation>Nouvelle publication…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your communities, and communities to discover</source>
        <translation>Vos communautés, et des communautés à découvrir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public communities and posts by tag</source>
        <translation>Communautés publiques et publications par étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Posts</source>
        <translation>Mes publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The posts of your blog, as others see them</source>
        <translation>Les publications de votre blog, telles que les autres les voient</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Load Older Posts</source>
        <translation>Charger des publications plus anciennes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No posts yet</source>
        <translation>Aucune publication pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts of your contacts and your own posts show here. Write the first one with New Post.</source>
        <translation>Les publications de vos contacts et les vôtres s&apos;affichent ici. Écrivez la première avec Nouvelle publication.</translation>
    </message>
</context>
<context>
    <name>FileTransferService</name>
    <message>
        <location filename="../src/core/FileTransferService.cpp" line="+168"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file on this computer to send.</source>
        <translation>Choisissez un fichier de cet ordinateur à envoyer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+120"/>
        <source>Salon could not read the file %1. Check that it exists and that you may open it.</source>
        <translation>Salon n&apos;a pas pu lire le fichier %1. Vérifiez qu&apos;il existe et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The file %1 is empty. Choose a file with content.</source>
        <translation>Le fichier %1 est vide. Choisissez un fichier qui a du contenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your server does not accept files, so %1 cannot be sent.</source>
        <translation>Votre serveur n&apos;accepte pas de fichiers, %1 ne peut donc pas être envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is %2, more than the %3 that your server accepts.</source>
        <translation>Le fichier %1 fait %2, soit plus que les %3 acceptés par votre serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Send %1 once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Envoyez %1 lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Salon could not request an upload of %1 from your server. Try again.</source>
        <translation>Salon n&apos;a pas pu demander à votre serveur l&apos;envoi de %1. Réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your server did not reply to the upload request for %1. Try again later.</source>
        <translation>Votre serveur n&apos;a pas répondu à la demande d&apos;envoi de %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your server refused the upload of %1.</source>
        <translation>Votre serveur a refusé l&apos;envoi de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your server refused the upload of %1: %2</source>
        <translation>Votre serveur a refusé l&apos;envoi de %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your server offered an invalid upload address for %1.</source>
        <translation>Votre serveur a proposé une adresse d&apos;envoi non valable pour %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 changed while it was being sent. Send it again.</source>
        <translation>Le fichier %1 a changé pendant son envoi. Envoyez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The upload of %1 failed: the server %2 replied with HTTP status %3.</source>
        <translation>L&apos;envoi de %1 a échoué : le serveur %2 a répondu avec le code HTTP %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload of %1 failed: %2. Check your connection and try again.</source>
        <translation>L&apos;envoi de %1 a échoué : %2. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This message has no file to download.</source>
        <translation>Ce message ne contient aucun fichier à télécharger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon downloads files only from http and https addresses.</source>
        <translation>Salon ne télécharge des fichiers que depuis des adresses http et https.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salon could not create the download folder %1. Choose another folder.</source>
        <translation>Salon n&apos;a pas pu créer le dossier de téléchargement %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Salon could not write %1 into the folder %2. Check that you may write there.</source>
        <translation>Salon n&apos;a pas pu écrire %1 dans le dossier %2. Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The file %1 is larger than %2. Download it anyway if you want it.</source>
        <translation>Le fichier %1 dépasse %2. Téléchargez-le quand même si vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of %1 failed: the server %2 replied with HTTP status %3.</source>
        <translation>Le téléchargement de %1 a échoué : le serveur %2 a répondu avec le code HTTP %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of %1 failed: %2. Check your connection and try again.</source>
        <translation>Le téléchargement de %1 a échoué : %2. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salon could not write %1: %2</source>
        <translation>Salon n&apos;a pas pu écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The upload of %1 was cancelled.</source>
        <translation>L&apos;envoi de %1 a été annulé.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TB</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../src/headless/server/IniFile.cpp" line="+13"/>
        <source>Cannot read the configuration file &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire le fichier de configuration «&#xa0;%1&#xa0;» : %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 line %2: sections such as &quot;%3&quot; are not used; write every key at the top level.</source>
        <translation>%1 ligne %2 : les sections telles que «&#xa0;%3&#xa0;» ne sont pas utilisées ; écrivez toutes les clés au niveau principal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: expected &quot;key = value&quot;, found &quot;%3&quot;.</source>
        <translation>%1 ligne %2 : «&#xa0;clé = valeur&#xa0;» attendu, «&#xa0;%3&#xa0;» trouvé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: key &quot;%3&quot; is set already on line %4.</source>
        <translation>%1 ligne %2 : la clé «&#xa0;%3&#xa0;» est déjà définie à la ligne %4.</translation>
    </message>
</context>
<context>
    <name>InvitationsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/InvitationsSection.qml" line="+21"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 invites you to %2: %3</source>
        <translation>%1 vous invite dans %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invites you to %2</source>
        <translation>%1 vous invite dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/InviteDialog.qml" line="+39"/>
        <source>Invite to Room</source>
        <translation>Inviter dans le salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact or address</source>
        <translation>Contact ou adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search contacts or type an address, such as bob@example.org</source>
        <translation>Rechercher des contacts ou saisir une adresse, par exemple bob@example.org</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
</context>
<context>
    <name>IqResponse</name>
    <message>
        <location filename="../src/core/IqResponse.cpp" line="+12"/>
        <source>the server did not respond in time. Try again later.</source>
        <translation>le serveur n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was lost before the server responded. Try again once Salon is connected.</source>
        <translation>la connexion a été perdue avant que le serveur réponde. Réessayez lorsque Salon sera connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are offline. Try again once Salon is connected.</source>
        <translation>vous êtes hors ligne. Réessayez lorsque Salon sera connecté.</translation>
    </message>
</context>
<context>
    <name>LinkPreviewService</name>
    <message>
        <location filename="../src/core/LinkPreviewService.cpp" line="+101"/>
        <source>Only web addresses that start with http:// or https:// can be previewed.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// peuvent être prévisualisées.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The page could not be loaded: the server %1 was not found.</source>
        <translation>La page n&apos;a pas pu être chargée : le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Salon does not preview pages on local or private network addresses such as %1.</source>
        <translation>Salon ne prévisualise pas les pages situées à des adresses locales ou de réseau privé telles que %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+84"/>
        <source>The page %1 did not load within %2 seconds. Try again later.</source>
        <translation>La page %1 ne s&apos;est pas chargée en %2 secondes. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address %1 is not a web page, so it has no preview.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une page web, elle n&apos;a donc pas d&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The page %1 redirects too often or to an unsafe address, so it has no preview.</source>
        <translation>La page %1 redirige trop souvent ou vers une adresse non sûre, elle n&apos;a donc pas d&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page %1 is too large to preview.</source>
        <translation>La page %1 est trop volumineuse pour être prévisualisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page %1 could not be loaded: the server replied with HTTP status %2.</source>
        <translation>La page %1 n&apos;a pas pu être chargée : le serveur a répondu avec le code HTTP %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page %1 could not be loaded: %2</source>
        <translation>La page %1 n&apos;a pas pu être chargée : %2</translation>
    </message>
</context>
<context>
    <name>LinkerConfig</name>
    <message>
        <location filename="../src/headless/linker/LinkerConfig.cpp" line="+20"/>
        <source>Runs Salon&apos;s core for one account on behalf of salon-server. Frames of the server&apos;s protocol arrive on standard input and leave on standard output; the log goes to standard error. The first frame must be signIn.</source>
        <translation>Exécute le cœur de Salon pour un seul compte à la demande de salon-server. Les trames du protocole du serveur arrivent sur l&apos;entrée standard et repartent sur la sortie standard ; le journal va sur la sortie d&apos;erreur standard. La première trame doit être signIn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XMPP server host, instead of the SRV lookup of the JID&apos;s domain.</source>
        <translation>Hôte du serveur XMPP, au lieu de la recherche SRV du domaine du JID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP server port (default: 5222 or the SRV record&apos;s port).</source>
        <translation>Port du serveur XMPP (par défaut : 5222 ou le port de l&apos;enregistrement SRV).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of certificate authorities trusted in addition to the system&apos;s.</source>
        <translation>Fichier PEM d&apos;autorités de certification acceptées en plus de celles du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay before the first reconnection attempt, in milliseconds (default: %1).</source>
        <translation>Délai avant la première tentative de reconnexion, en millisecondes (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: none, nothing is kept on disk).</source>
        <translation>Cache : sqlite:PATH ou postgresql://USER@HOST:PORT/DBNAME (par défaut : aucun, rien n&apos;est conservé sur le disque).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest severity logged: debug, info, warning or critical (default: %1).</source>
        <translation>Gravité minimale journalisée : debug, info, warning ou critical (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay after the last browser tab closed until the account&apos;s presence becomes away, in seconds (default: %1).</source>
        <translation>Délai entre la fermeture du dernier onglet du navigateur et le passage de la présence du compte à absent, en secondes (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit of the process&apos;s data memory (heap, thread stacks), in MiB; when an allocation fails, the linker exits with status 3 (default: 0, no limit).</source>
        <translation>Limite de la mémoire de données du processus (tas, piles des threads), en Mio ; lorsqu&apos;une allocation échoue, le linker se termine avec le code 3 (par défaut : 0, aucune limite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the messages sent to the browser, as a tag such as fr or de (default: en).</source>
        <translation>Langue des messages envoyés au navigateur, sous forme d&apos;étiquette telle que fr ou de (par défaut : en).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the server&apos;s public pages of users&apos; public posts from the cache, instead of signing in to an account.</source>
        <translation>Générer les pages publiques du serveur présentant les publications publiques des utilisateurs à partir du cache, au lieu de se connecter à un compte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected argument: %1.</source>
        <translation>Argument inattendu : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --xmpp-port value &quot;%1&quot;: expected a port from 1 to 65535.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --xmpp-port : un port de 1 à 65535 est attendu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the CA certificates file &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire le fichier de certificats d&apos;autorité «&#xa0;%1&#xa0;» : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificates file &quot;%1&quot; contains no PEM certificate.</source>
        <translation>Le fichier de certificats d&apos;autorité «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --reconnect-delay value &quot;%1&quot;: expected a positive number of milliseconds.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --reconnect-delay : un nombre positif de millisecondes est attendu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid --away-delay value &quot;%1&quot;: expected a number of seconds, 0 or more.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --away-delay : un nombre de secondes, 0 ou plus, est attendu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --memory-limit value &quot;%1&quot;: expected a number of MiB from 0 (no limit) to %2.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --memory-limit : un nombre de Mio de 0 (aucune limite) à %2 est attendu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --log-level value &quot;%1&quot;: expected debug, info, warning or critical.</source>
        <translation>Valeur «&#xa0;%1&#xa0;» non valable pour --log-level : debug, info, warning ou critical est attendu.</translation>
    </message>
</context>
<context>
    <name>LinkerSession</name>
    <message>
        <location filename="../src/headless/linker/LinkerSession.cpp" line="+577"/>
        <source>The request &quot;%1&quot; is not supported.</source>
        <translation>La requête «&#xa0;%1&#xa0;» n&apos;est pas prise en charge.</translation>
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
        <translation>Discussions (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rooms (@%1)</source>
        <comment>with the number of unread mentions</comment>
        <translation>Salons (@%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms (%1)</source>
        <comment>with the number of unread messages</comment>
        <translation>Salons (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feed (%1)</source>
        <comment>with the number of unread posts</comment>
        <translation>Fil d&apos;actualité (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed</source>
        <translation>Fil d&apos;actualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications, tray, start at login and theme</source>
        <translation>Notifications, zone de notification, démarrage à la connexion et thème</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect %1 from the server</source>
        <translation>Déconnecter %1 du serveur</translation>
    </message>
</context>
<context>
    <name>MainShortcuts</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/MainShortcuts.qml" line="+42"/>
        <source>No unread conversations</source>
        <translation>Aucune conversation non lue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a new post</source>
        <translation>Écrire une nouvelle publication</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search the messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the next conversation with unread messages</source>
        <translation>Ouvrir la conversation suivante avec des messages non lus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the chats</source>
        <translation>Afficher les discussions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the rooms</source>
        <translation>Afficher les salons</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the feed</source>
        <translation>Afficher le fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the contacts</source>
        <translation>Afficher les contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back to the page below the conversation or page on top</source>
        <translation>Revenir à la page située sous la conversation ou la page affichée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the dialog or menu</source>
        <translation>Fermer la boîte de dialogue ou le menu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit Salon, also when it keeps running in the tray</source>
        <translation>Quitter Salon, même s’il continue dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>MessageActionsMenu</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageActionsMenu.qml" line="+49"/>
        <source>Remove your reaction %1</source>
        <translation>Retirer votre réaction %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>React with %1</source>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete for Everyone…</source>
        <translation>Supprimer pour tout le monde…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Message…</source>
        <translation>Retirer le message…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy Text</source>
        <translation>Copier le texte</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageComposer.qml" line="+109"/>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replying</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageDelegate.qml" line="+62"/>
        <source>Removed by a moderator: %1</source>
        <translation>Retiré par un modérateur : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed by a moderator</source>
        <translation>Retiré par un modérateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>edited</source>
        <comment>marker of a corrected message</comment>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
</context>
<context>
    <name>MessageEditService</name>
    <message>
        <location filename="../src/core/MessageEditService.cpp" line="+125"/>
        <source>This person attempted to retract a previous message, but your client does not support it.</source>
        <translation>Cette personne a tenté de retirer un message précédent, mais votre client ne le prend pas en charge.</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageList.qml" line="+167"/>
        <source>No messages yet</source>
        <translation>Aucun message pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the first message to %1 below.</source>
        <translation>Écrivez ci-dessous le premier message à %1.</translation>
    </message>
</context>
<context>
    <name>MessageNotifier</name>
    <message>
        <location filename="../src/ui/MessageNotifier.cpp" line="+93"/>
        <source>%1 new messages. The newest: %2</source>
        <translation>%1 nouveaux messages. Le plus récent : %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to %1…</source>
        <translation>Répondre à %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>MessageReveals</name>
    <message>
        <location filename="../src/headless/linker/MessageReveals.cpp" line="+46"/>
        <source>The message is no longer in the conversation.</source>
        <translation>Le message ne fait plus partie de la discussion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Showing the message was cancelled.</source>
        <translation>L&apos;affichage du message a été annulé.</translation>
    </message>
</context>
<context>
    <name>MessageSearchPage</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/MessageSearchPage.qml" line="+28"/>
        <source>Search Messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search in all conversations…</source>
        <translation>Rechercher dans toutes les discussions…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search your messages</source>
        <translation>Rechercher dans vos messages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No messages found</source>
        <translation>Aucun message trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words that the messages contain.</source>
        <translation>Saisissez des mots contenus dans les messages.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No message contains every word of “%1”.</source>
        <translation>Aucun message ne contient tous les mots de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MicroblogService</name>
    <message>
        <location filename="../src/core/MicroblogService.cpp" line="+636"/>
        <source>This post is no longer in your feed.</source>
        <translation>Cette publication ne fait plus partie de votre fil d&apos;actualité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the author of this post or the owner of the community may change it.</source>
        <translation>Seul l&apos;auteur de cette publication ou le propriétaire de la communauté peut la modifier.</translation>
    </message>
</context>
<context>
    <name>MucServiceFinder</name>
    <message>
        <location filename="../src/core/MucServiceFinder.cpp" line="+86"/>
        <source>the server does not list its services.</source>
        <translation>le serveur ne liste pas ses services.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon could not look for group chat services on %1: %2</source>
        <translation>Salon n&apos;a pas pu rechercher de services de salons de discussion sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>NotificationBridge</name>
    <message>
        <location filename="../src/ui/NotificationBridge.cpp" line="+62"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected again</source>
        <translation>De nouveau connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is online again.</source>
        <translation>%1 est de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants to see when you are online.</source>
        <translation>%1 souhaite voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wants to see when you are online. Their message: %2</source>
        <translation>%1 souhaite voir quand vous êtes en ligne. Son message : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact request</source>
        <translation>Demande de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>ObjectInvoker</name>
    <message>
        <location filename="../src/headless/modelsync/ObjectInvoker.cpp" line="+59"/>
        <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
        <translation>Une requête d&apos;appel nécessite un objet et un nom de méthode et, le cas échéant, un tableau d&apos;arguments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no object named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun objet nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The object &quot;%1&quot; has no method &quot;%2&quot; that can be called.</source>
        <translation>L&apos;objet «&#xa0;%1&#xa0;» n&apos;a pas de méthode «&#xa0;%2&#xa0;» pouvant être appelée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Argument %1 of %2.%3: %4</source>
        <translation>Argument %1 de %2.%3 : %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The method %1.%2 could not be called with these arguments.</source>
        <translation>La méthode %1.%2 n&apos;a pas pu être appelée avec ces arguments.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The method %1.%2 takes %3 arguments, not %4.</source>
        <translation>La méthode %1.%2 prend %3 arguments, et non %4.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a string</source>
        <translation>une chaîne est attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>expected an array of strings</source>
        <translation>un tableau de chaînes est attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2 est attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a whole number from -2^53 to 2^53</source>
        <translation>un nombre entier de -2^53 à 2^53 est attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the parameter type %1 cannot be given from JSON</source>
        <translation>le type de paramètre %1 ne peut pas être fourni en JSON</translation>
    </message>
</context>
<context>
    <name>OccupantDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/OccupantDelegate.qml" line="+43"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grant Voice</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke Voice</source>
        <translation>Retirer la parole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Moderator</source>
        <translation>Nommer modérateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke Moderator</source>
        <translation>Retirer le rôle de modérateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Owner</source>
        <translation>Nommer propriétaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Admin</source>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make Member</source>
        <translation>Nommer membre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Affiliation</source>
        <translation>Retirer l&apos;affiliation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
</context>
<context>
    <name>OccupantsPanel</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/OccupantsPanel.qml" line="+65"/>
        <source>Occupants (%1)</source>
        <translation>Occupants (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Make %1 (%2) an owner of this room? Owners may change its configuration, its admins and owners, and destroy it.</source>
        <translation>Nommer %1 (%2) propriétaire de ce salon ? Les propriétaires peuvent modifier sa configuration, ses administrateurs et ses propriétaires, et le détruire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 (%2) an admin of this room? Admins may ban occupants and change members and moderators.</source>
        <translation>Nommer %1 (%2) administrateur de ce salon ? Les administrateurs peuvent bannir des occupants et modifier les membres et les modérateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 (%2) a member of this room? They lose the rights of an admin or owner.</source>
        <translation>Nommer %1 (%2) membre de ce salon ? Cette personne perd les droits d&apos;administrateur ou de propriétaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the affiliation of %1 (%2) with this room? They lose the rights of an admin or owner.</source>
        <translation>Retirer l&apos;affiliation de %1 (%2) à ce salon ? Cette personne perd les droits d&apos;administrateur ou de propriétaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Affiliation</source>
        <translation>Modifier l&apos;affiliation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OwnerMenuButton</name>
    <message>
        <location filename="../resources/qml/org/salon/social/OwnerMenuButton.qml" line="+15"/>
        <source>Owner Actions</source>
        <translation>Actions du propriétaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Configure…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../src/ui/PasswordKeychain.cpp" line="+53"/>
        <source>Passwords cannot be saved: no keychain service is running. Salon will ask for the password at each start.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés : aucun service de trousseau n’est lancé. Salon demandera le mot de passe à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>PostAttachments</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostAttachments.qml" line="+64"/>
        <source>Show Image: %1</source>
        <translation>Afficher l&apos;image : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (%1 KiB)</source>
        <comment>size of an attachment</comment>
        <translation> (%1 Kio)</translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostComposer.qml" line="+93"/>
        <source>My blog</source>
        <translation>Mon blog</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>This post can no longer be edited.</source>
        <translation>Cette publication ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a title, a text or attach a file before publishing, and make sure that you are signed in.</source>
        <translation>Écrivez un titre, un texte ou joignez un fichier avant de publier, et vérifiez que vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit Post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard Draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text (Markdown)</source>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What&apos;s new? **bold**, *italic* and [links](https://example.org) work.</source>
        <translation>Quoi de neuf ? **gras**, *italique* et [liens](https://example.org) fonctionnent.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a File to Attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview Link</source>
        <translation>Aperçu du lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetches %1 to show its title and description; the site learns your address.</source>
        <translation>Récupère %1 pour afficher son titre et sa description ; le site apprend votre adresse.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove Preview</source>
        <translation>Retirer l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Separated by commas or spaces</source>
        <translation>Séparées par des virgules ou des espaces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish in</source>
        <translation>Publier dans</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts only</source>
        <translation>Contacts uniquement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your posts share one visibility: the one chosen here applies to all of them.</source>
        <translation>Vos publications partagent une même visibilité : celle choisie ici s&apos;applique à toutes.</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/PostDelegate.qml" line="+92"/>
        <source>Unread post by %1: %2</source>
        <translation>Publication non lue de %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post by %1: %2</source>
        <translation>Publication de %1 : %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · waiting to be sent</source>
        <translation>%1 · en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <comment>marks an unread post</comment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Publications de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post Here…</source>
        <translation>Publier ici…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a post in this community</source>
        <translation>Écrire une publication dans cette communauté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configure…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Community…</source>
        <translation>Supprimer la communauté…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This post can no longer be deleted.</source>
        <translation>Cette publication ne peut plus être supprimée.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Load Older Posts</source>
        <translation>Charger des publications plus anciennes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No posts yet</source>
        <translation>Aucune publication pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no posts yet.</source>
        <translation>%1 n&apos;a encore rien publié.</translation>
    </message>
</context>
<context>
    <name>PostRequests</name>
    <message numerus="yes">
        <location filename="../src/headless/linker/PostRequests.cpp" line="+72"/>
        <source>The method &quot;%1&quot; of &quot;%2&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>La méthode «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» prend %n argument.</numerusform>
            <numerusform>La méthode «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» prend %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The arguments of &quot;%1.%2&quot; must be strings.</source>
        <translation>Les arguments de «&#xa0;%1.%2&#xa0;» doivent être des chaînes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service address is empty. Name a user or a PubSub service.</source>
        <translation>L&apos;adresse du service est vide. Indiquez un utilisateur ou un service PubSub.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tag is empty.</source>
        <translation>L&apos;étiquette est vide.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not the address of a comments node. It looks like xmpp:pubsub.example.org?;node=NODE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un nœud de commentaires. Elle ressemble à xmpp:pubsub.example.org?;node=NODE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>This tab has too many comments and pages open. Close one before opening another.</source>
        <translation>Cet onglet a trop de commentaires et de pages ouverts. Fermez-en un avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The posts of &quot;%1&quot; cannot be opened.</source>
        <translation>Les publications de «&#xa0;%1&#xa0;» ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The posts page &quot;%1&quot; is not open. Open it before loading more posts.</source>
        <translation>La page de publications «&#xa0;%1&#xa0;» n&apos;est pas ouverte. Ouvrez-la avant de charger d&apos;autres publications.</translation>
    </message>
</context>
<context>
    <name>PostText</name>
    <message>
        <location filename="../src/ui/PostText.cpp" line="+22"/>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[image: %1]</source>
        <translation>[image : %1]</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../src/core/ProfileService.cpp" line="+79"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Salon shows the profile of %1 once it is connected again.</source>
        <translation>Vous êtes hors ligne. Salon affichera le profil de %1 lorsqu&apos;il sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Salon could not save your profile: the profile fields are missing.</source>
        <translation>Salon n&apos;a pas pu enregistrer votre profil : les champs du profil sont absents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile field &quot;%1&quot; is longer than %2 characters. Shorten it and save again.</source>
        <translation>Le champ de profil «&#xa0;%1&#xa0;» dépasse %2 caractères. Raccourcissez-le et enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Save your profile once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Enregistrez votre profil lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Salon could not request the profile of %1: you are offline. Try again once Salon is connected.</source>
        <translation>Salon n&apos;a pas pu demander le profil de %1 : vous êtes hors ligne. Réessayez lorsque Salon sera connecté.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Salon could not load the profile of %1: %2</source>
        <translation>Salon n&apos;a pas pu charger le profil de %1 : %2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Salon could not save your profile: %1</source>
        <translation>Salon n&apos;a pas pu enregistrer votre profil : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server does not support profiles.</source>
        <translation>le serveur ne prend pas en charge les profils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not allow it.</source>
        <translation>le serveur ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the other server cannot be reached. Try again later.</source>
        <translation>l&apos;autre serveur est injoignable. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>le serveur a signalé une erreur. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>ProfileSheet</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/ProfileSheet.qml" line="+32"/>
        <source>Last seen just now</source>
        <translation>Dernière activité : à l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last seen today at %1</source>
        <translation>Dernière activité : aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen %1</source>
        <translation>Dernière activité : le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile of %1</source>
        <translation>Profil de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has not published a profile.</source>
        <translation>%1 n&apos;a pas publié de profil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nickname:</source>
        <translation>Pseudonyme :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About:</source>
        <translation>À propos :</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location:</source>
        <translation>Localisation :</translation>
    </message>
</context>
<context>
    <name>PubSubResult</name>
    <message>
        <location filename="../src/core/PubSubResult.cpp" line="+139"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not have this anymore.</source>
        <translation>Le serveur ne possède plus cet élément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not allow you to do this.</source>
        <translation>Le serveur ne vous autorise pas à faire cela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exists already or was changed meanwhile.</source>
        <translation>Cet élément existe déjà ou a été modifié entre-temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server keeps this with other settings than requested.</source>
        <translation>Le serveur conserve cet élément avec d&apos;autres paramètres que ceux demandés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not support this.</source>
        <translation>Le serveur ne prend pas cela en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request as invalid.</source>
        <translation>Le serveur a refusé la requête comme non valable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an invalid answer.</source>
        <translation>Le serveur a envoyé une réponse non valable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server reported an error: %1.</source>
        <translation>Le serveur a signalé une erreur : %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>PubSubServiceFinder</name>
    <message>
        <location filename="../src/core/PubSubServiceFinder.cpp" line="+60"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valable.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Salon could not look for community services on %1: %2</source>
        <translation>Salon n&apos;a pas pu rechercher de services de communautés sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>PublicBlogRenderer</name>
    <message>
        <location filename="../src/core/PublicBlogRenderer.cpp" line="+70"/>
        <source>en</source>
        <comment>the language of this translation, as an HTML lang value</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+33"/>
        <source>Public posts of %1</source>
        <translation>Publications publiques de %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Atom feed</source>
        <translation>Flux Atom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no public posts yet.</source>
        <translation>Il n&apos;y a encore aucune publication publique.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Blog not found</source>
        <translation>Blog introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address has no public posts on this server.</source>
        <translation>Cette adresse n&apos;a aucune publication publique sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>PublicRoomsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/PublicRoomsPage.qml" line="+38"/>
        <source>Public Rooms</source>
        <translation>Salons publics</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Group chat service, such as conference.example.org</source>
        <translation>Service de salons de discussion, par exemple conference.example.org</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List</source>
        <translation>Lister</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter rooms…</source>
        <translation>Filtrer les salons…</translation>
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
        <translation>%1 · protégé par mot de passe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Listing rooms…</source>
        <translation>Liste des salons…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No public rooms</source>
        <translation>Aucun salon public</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ReactionChips.qml" line="+34"/>
        <source>You</source>
        <translation>Vous</translation>
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
            <numerusform>%1, %n réaction, la vôtre</numerusform>
            <numerusform>%1, %n réactions dont la vôtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n reactions</source>
        <translation>
            <numerusform>%1, %n réaction</numerusform>
            <numerusform>%1, %n réactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reacted with %2</source>
        <translation>%1 a réagi avec %2</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/account/RemoveAccountDialog.qml" line="+21"/>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this account?</source>
        <translation>Retirer ce compte ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Salon signs this account out and forgets it, with its saved password. The account stays on its server.</source>
        <translation>Salon déconnecte ce compte et l’oublie, avec son mot de passe enregistré. Le compte reste sur son serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also delete the messages, contacts and posts that Salon keeps of it on this computer</source>
        <translation>Supprimer aussi les messages, contacts et publications que Salon en garde sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/RemoveContactDialog.qml" line="+17"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 will be removed from your contacts, and you will no longer see each other&apos;s presence.</source>
        <translation>%1 sera supprimé de vos contacts, et vous ne verrez plus vos présences respectives.</translation>
    </message>
</context>
<context>
    <name>RenameContactDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/RenameContactDialog.qml" line="+16"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No name: show the address</source>
        <translation>Aucun nom : afficher l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/ReplyQuote.qml" line="+21"/>
        <source>Reply to: %1</source>
        <translation>Réponse à : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the quoted message</source>
        <translation>Afficher le message cité</translation>
    </message>
</context>
<context>
    <name>RoomConfigurationDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomConfigurationDialog.qml" line="+40"/>
        <source>Loading the room&apos;s configuration…</source>
        <translation>Chargement de la configuration du salon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configure Room</source>
        <translation>Configurer le salon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RoomConfigurationService</name>
    <message>
        <location filename="../src/core/RoomConfigurationService.cpp" line="+62"/>
        <location line="+76"/>
        <source>This is not a valid room address.</source>
        <translation>Cette adresse de salon n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The room %1 sent no configuration form.</source>
        <translation>Le salon %1 n&apos;a envoyé aucun formulaire de configuration.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the room&apos;s configuration before saving it.</source>
        <translation>Chargez la configuration du salon avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s configuration has no field &quot;%1&quot; that can be changed.</source>
        <translation>La configuration du salon n&apos;a aucun champ modifiable «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+13"/>
        <source>The room&apos;s configuration failed: %1</source>
        <translation>La configuration du salon a échoué : %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Only the room&apos;s owners may configure it.</source>
        <translation>Seuls les propriétaires du salon peuvent le configurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room does not exist.</source>
        <translation>Ce salon n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room rejected the configuration. Check the values and try again.</source>
        <translation>Le salon a refusé la configuration. Vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room rejected the configuration: %1</source>
        <translation>Le salon a refusé la configuration : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomDelegate.qml" line="+23"/>
        <source>Joining…</source>
        <translation>Connexion au salon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not joined</source>
        <translation>Non rejoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join failed</source>
        <translation>Impossible de rejoindre</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valable de service de salons de discussion.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Salon could not list the rooms of %1: %2</source>
        <translation>Salon n&apos;a pas pu lister les salons de %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salon could list only some rooms of %1: %2</source>
        <translation>Salon n&apos;a pu lister que certains salons de %1 : %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the service sent an invalid response.</source>
        <translation>le service a envoyé une réponse non valable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service was not found. Check the address.</source>
        <translation>le service est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service&apos;s server did not respond in time. Try again later.</source>
        <translation>le serveur du service n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service does not allow you to list its rooms.</source>
        <translation>le service ne vous autorise pas à lister ses salons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address is not a group chat service, or the service does not list its rooms.</source>
        <translation>l&apos;adresse n&apos;est pas celle d&apos;un service de salons de discussion, ou le service ne liste pas ses salons.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service reported an error.</source>
        <translation>le service a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the service reported an error: %1</source>
        <translation>le service a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>RoomFormDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomFormDialog.qml" line="+64"/>
        <source>Create Room</source>
        <translation>Créer un salon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join Room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name or name@%1</source>
        <translation>nom ou nom@%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@conference.example.org</source>
        <translation>nom@conference.example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account name when empty</source>
        <translation>Le nom de votre compte si vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only for protected rooms</source>
        <translation>Uniquement pour les salons protégés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configure before opening</source>
        <translation>Configurer avant l&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>RoomFormRequests</name>
    <message>
        <location filename="../src/headless/linker/RoomFormRequests.cpp" line="+46"/>
        <source>The method &quot;%1&quot; of &quot;roomConfiguration&quot; takes one argument, the room address.</source>
        <translation>La méthode «&#xa0;%1&#xa0;» de «&#xa0;roomConfiguration&#xa0;» prend un argument, l&apos;adresse du salon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid room address. An address looks like room@conference.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de salon valable. Une adresse ressemble à salon@conference.example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This tab has too many conversations and rooms open. Close one before configuring a room.</source>
        <translation>Cet onglet a trop de discussions et de salons ouverts. Fermez-en un avant de configurer un salon.</translation>
    </message>
</context>
<context>
    <name>RoomInvitations</name>
    <message>
        <location filename="../src/core/RoomInvitations.cpp" line="+330"/>
        <source>you may not invite others to this room.</source>
        <translation>vous n&apos;êtes pas autorisé à inviter d&apos;autres personnes dans ce salon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the room was not found.</source>
        <translation>le salon est introuvable.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this address was not found.</source>
        <translation>cette adresse est introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server reported an error.</source>
        <translation>le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salon could not invite %1 to %2: %3</source>
        <translation>Salon n&apos;a pas pu inviter %1 dans %2 : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a valid room address.</source>
        <translation>Cette adresse de salon n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salon could not invite someone to %1: the address of the invitee is not valid.</source>
        <translation>Salon n&apos;a pas pu inviter quelqu&apos;un dans %1 : l&apos;adresse de la personne invitée n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Salon could not invite %1 to %2: you are offline. Try again once you are connected.</source>
        <translation>Salon n&apos;a pas pu inviter %1 dans %2 : vous êtes hors ligne. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>There is no invitation to this room.</source>
        <translation>Il n&apos;y a aucune invitation pour ce salon.</translation>
    </message>
</context>
<context>
    <name>RoomMentionNotifier</name>
    <message>
        <location filename="../src/ui/RoomMentionNotifier.cpp" line="+85"/>
        <source>%1 mentioned you. %2 unread mentions.</source>
        <translation>%1 vous a mentionné. %2 mentions non lues.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mentioned you.</source>
        <translation>%1 vous a mentionné.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>RoomMessageService</name>
    <message>
        <location filename="../src/core/RoomMessageService.cpp" line="+449"/>
        <location line="+267"/>
        <source>Join the room first.</source>
        <translation>Rejoignez d&apos;abord le salon.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is too long: at most %1 characters.</source>
        <translation>Le message est trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Salon could not save your message.</source>
        <translation>Salon n&apos;a pas pu enregistrer votre message.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The room %1 did not accept your message.</source>
        <translation>Le salon %1 n&apos;a pas accepté votre message.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>You have no message in %1 to correct.</source>
        <translation>Vous n&apos;avez aucun message dans %1 à corriger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salon could not send the correction. Check your connection.</source>
        <translation>Salon n&apos;a pas pu envoyer la correction. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only your own messages can be retracted.</source>
        <translation>Seuls vos propres messages peuvent être retirés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+27"/>
        <source>The room has not confirmed this message yet. Try again in a moment.</source>
        <translation>Le salon n&apos;a pas encore confirmé ce message. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Salon could not send the retraction. Check your connection.</source>
        <translation>Salon n&apos;a pas pu envoyer le retrait. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message you react to is no longer in the room.</source>
        <translation>Le message auquel vous réagissez ne fait plus partie du salon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salon could not send the reaction. Check your connection.</source>
        <translation>Salon n&apos;a pas pu envoyer la réaction. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The message you reply to is no longer in the room.</source>
        <translation>Le message auquel vous répondez ne fait plus partie du salon.</translation>
    </message>
</context>
<context>
    <name>RoomModeration</name>
    <message>
        <location filename="../src/core/RoomModeration.cpp" line="+71"/>
        <location line="+146"/>
        <location line="+63"/>
        <source>Join the room first.</source>
        <translation>Rejoignez d&apos;abord le salon.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>The alternate room address is not valid. Enter another room&apos;s address, such as team@conference.example.org, or leave it empty.</source>
        <translation>L&apos;adresse du salon de remplacement n&apos;est pas valable. Saisissez l&apos;adresse d&apos;un autre salon, par exemple team@conference.example.org, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only the room&apos;s owners may destroy it.</source>
        <translation>Seuls les propriétaires du salon peuvent le détruire.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>This room does not support removing messages.</source>
        <translation>Ce salon ne permet pas de retirer des messages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only moderators of the room can remove messages of others.</source>
        <translation>Seuls les modérateurs du salon peuvent retirer les messages des autres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room does not know this message, so it cannot be removed.</source>
        <translation>Le salon ne connaît pas ce message, il ne peut donc pas être retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room did not remove the message. Try again later.</source>
        <translation>Le salon n&apos;a pas retiré le message. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The room does not show the address of %1, so Salon cannot ban them.</source>
        <translation>Le salon n&apos;affiche pas l&apos;adresse de %1, Salon ne peut donc pas bannir cette personne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This role change is not valid.</source>
        <translation>Ce changement de rôle n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This affiliation change is not valid.</source>
        <translation>Ce changement d&apos;affiliation n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The room does not allow you to do this.</source>
        <translation>Le salon ne vous autorise pas à faire cela.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomPage.qml" line="+93"/>
        <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
        <translation>Le message que vous modifiez n&apos;est plus votre message le plus récent, il ne peut donc pas être corrigé.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Nickname…</source>
        <translation>Changer de pseudonyme…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Subject…</source>
        <translation>Définir le sujet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure Room…</source>
        <translation>Configurer le salon…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmark</source>
        <translation>Marque-page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join on Sign-in</source>
        <translation>Rejoindre à la connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave Room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroy Room…</source>
        <translation>Détruire le salon…</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Invited %1.</source>
        <translation>%1 a été invité.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Remove Message for Everyone</source>
        <translation>Retirer le message pour tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Nickname</source>
        <translation>Changer de pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Subject</source>
        <translation>Définir le sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
</context>
<context>
    <name>RoomRequests</name>
    <message>
        <location filename="../src/headless/linker/RoomRequests.cpp" line="+57"/>
        <source>The method &quot;revealMessage&quot; of &quot;roomMessages&quot; takes two arguments, the room address and the message id.</source>
        <translation>La méthode «&#xa0;revealMessage&#xa0;» de «&#xa0;roomMessages&#xa0;» prend deux arguments, l&apos;adresse du salon et l&apos;identifiant du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The method &quot;%1&quot; of &quot;roomMessages&quot; takes one argument, the room address.</source>
        <translation>La méthode «&#xa0;%1&#xa0;» de «&#xa0;roomMessages&#xa0;» prend un argument, l&apos;adresse du salon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid room address. An address looks like room@conference.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de salon valable. Une adresse ressemble à salon@conference.example.org.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You are not in the room %1. Join it first.</source>
        <translation>Vous n&apos;êtes pas dans le salon %1. Rejoignez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This tab has too many conversations and rooms open. Close one before opening another.</source>
        <translation>Cet onglet a trop de discussions et de salons ouverts. Fermez-en un avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The room %1 is not open. Open it before loading older messages.</source>
        <translation>Le salon %1 n&apos;est pas ouvert. Ouvrez-le avant de charger des messages plus anciens.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Argument 2 of roomMessages.revealMessage: %1</source>
        <translation>Argument 2 de roomMessages.revealMessage : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room %1 is not open. Open it before showing one of its messages.</source>
        <translation>Le salon %1 n&apos;est pas ouvert. Ouvrez-le avant d&apos;afficher l&apos;un de ses messages.</translation>
    </message>
</context>
<context>
    <name>RoomService</name>
    <message>
        <location filename="../src/core/RoomService.cpp" line="+207"/>
        <source>The room %1 rejected your change: %2</source>
        <translation>Le salon %1 a refusé votre modification : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This is not a valid room address.</source>
        <translation>Cette adresse de salon n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The nickname is too long: at most %1 characters.</source>
        <translation>Le pseudonyme est trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are offline. Try again once you are connected.</source>
        <translation>Vous êtes hors ligne. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The room did not respond in time. Try again later.</source>
        <translation>Le salon n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+242"/>
        <source>This room does not exist.</source>
        <translation>Ce salon n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>The server of this room cannot be reached.</source>
        <translation>Le serveur de ce salon est injoignable.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This nickname is taken in the room.</source>
        <translation>Ce pseudonyme est déjà pris dans le salon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room rejected the change.</source>
        <translation>Le salon a refusé la modification.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A moderator removed you from the room.</source>
        <translation>Un modérateur vous a exclu du salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The room is now for members only, and you are no member.</source>
        <translation>Le salon est désormais réservé aux membres, et vous n&apos;en êtes pas membre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service shut down.</source>
        <translation>Le service du salon s&apos;est arrêté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room ended your stay, for example because it was destroyed.</source>
        <translation>Le salon a mis fin à votre présence, par exemple parce qu&apos;il a été détruit.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This nickname is taken in the room. Choose another one.</source>
        <translation>Ce pseudonyme est déjà pris dans le salon. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room needs a password.</source>
        <translation>Ce salon nécessite un mot de passe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room is for members only.</source>
        <translation>Ce salon est réservé aux membres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The room is full.</source>
        <translation>Le salon est plein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not create rooms on this service.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des salons sur ce service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room needs a nickname.</source>
        <translation>Le salon nécessite un pseudonyme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room rejected the join: %1</source>
        <translation>Le salon a refusé votre entrée : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The new room could not be opened to others. Try to leave and create it again.</source>
        <translation>Le nouveau salon n&apos;a pas pu être ouvert aux autres. Essayez de le quitter et de le créer de nouveau.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+16"/>
        <source>Join the room first.</source>
        <translation>Rejoignez d&apos;abord le salon.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The nickname must have 1 to %1 characters.</source>
        <translation>Le pseudonyme doit comporter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The subject is too long: at most %1 characters.</source>
        <translation>Le sujet est trop long : %1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/rooms/RoomsPage.qml" line="+24"/>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join Room…</source>
        <translation>Rejoindre un salon…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Room…</source>
        <translation>Créer un salon…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse Public Rooms</source>
        <translation>Parcourir les salons publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the public rooms of a group chat service</source>
        <translation>Lister les salons publics d&apos;un service de salons de discussion</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No rooms yet</source>
        <translation>Aucun salon pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room by its address, create one, or browse the public rooms of your server.</source>
        <translation>Rejoignez un salon grâce à son adresse, créez-en un, ou parcourez les salons publics de votre serveur.</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <location filename="../src/core/RosterService.cpp" line="+147"/>
        <source>Salon could not add %1 to your contacts: %2</source>
        <translation>Salon n&apos;a pas pu ajouter %1 à vos contacts : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Salon could not accept the request of %1: %2</source>
        <translation>Salon n&apos;a pas pu accepter la demande de %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Salon could not remove %1 from your contacts: %2</source>
        <translation>Salon n&apos;a pas pu supprimer %1 de vos contacts : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not in your contacts, so it cannot be renamed.</source>
        <translation>%1 ne fait pas partie de vos contacts, il ne peut donc pas être renommé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon could not rename %1: %2</source>
        <translation>Salon n&apos;a pas pu renommer %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in your contacts, so its groups cannot be changed.</source>
        <translation>%1 ne fait pas partie de vos contacts, ses groupes ne peuvent donc pas être modifiés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salon could not change the groups of %1: %2</source>
        <translation>Salon n&apos;a pas pu modifier les groupes de %1 : %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Your request to see the presence of %1 could not be delivered: %2</source>
        <translation>Votre demande pour voir la présence de %1 n&apos;a pas pu être remise : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid chat address. An address looks like name@example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de discussion valable. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is your own address. Choose the address of someone else.</source>
        <translation>%1 est votre propre adresse. Choisissez l&apos;adresse de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline. Change your contacts once Salon is connected again.</source>
        <translation>Vous êtes hors ligne. Modifiez vos contacts lorsque Salon sera de nouveau connecté.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 The server&apos;s explanation: &quot;%2&quot;</source>
        <translation>%1 Explication du serveur : «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contact is not in your contact list.</source>
        <translation>le contact ne fait pas partie de votre liste de contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not accept this address.</source>
        <translation>le serveur n&apos;accepte pas cette adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server does not allow it.</source>
        <translation>le serveur ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server does not accept the name or the groups. Try shorter ones.</source>
        <translation>le serveur n&apos;accepte pas le nom ou les groupes. Essayez-en de plus courts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has no room for more contacts.</source>
        <translation>le serveur n&apos;a plus de place pour d&apos;autres contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contact&apos;s server cannot be reached. Check the address.</source>
        <translation>le serveur du contact est injoignable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address does not accept requests. Check the address.</source>
        <translation>l&apos;adresse n&apos;accepte pas de demandes. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reported an error. Try again later.</source>
        <translation>le serveur a signalé une erreur. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/SearchResultDelegate.qml" line="+34"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You: </source>
        <comment>before the user&apos;s own message</comment>
        <translation>Vous : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: </source>
        <comment>before a room message of the nickname</comment>
        <translation>%1 : </translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <location filename="../src/headless/server/ServerConfig.cpp" line="+179"/>
        <source>Serves Salon&apos;s web front end and starts one linker process per signed-in browser session.</source>
        <translation>Sert l&apos;interface web de Salon et démarre un processus linker par session de navigateur connectée.</translation>
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
Environnement :
  SALON_EVENT_DISPATCHER                 Répartiteur d&apos;événements du fil principal :
                                         epoll (par défaut), ou qt pour celui de
                                         Qt, dont le coût par itération de la
                                         boucle d&apos;événements croît avec le nombre
                                         de sockets ouverts et de processus linker.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument: %1.</source>
        <translation>Argument inattendu : %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 line %2: unknown key &quot;%3&quot;; the keys are the long options of salon-server --help without dashes, except config and check-config.</source>
        <translation>%1 ligne %2 : clé «&#xa0;%3&#xa0;» inconnue ; les clés sont les options longues de salon-server --help sans les tirets, sauf config et check-config.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2, key %3</source>
        <translation>%1 ligne %2, clé %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: invalid value &quot;%2&quot;: %3.</source>
        <translation>%1 : valeur «&#xa0;%2&#xa0;» non valable : %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a whole number of %1 from %2 to %3</source>
        <translation>un nombre entier de %1 de %2 à %3 est attendu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an IP address and a port, such as 127.0.0.1:8080 or [::1]:8080</source>
        <translation>une adresse IP et un port sont attendus, par exemple 127.0.0.1:8080 ou [::1]:8080</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a port from 1 to 65535</source>
        <translation>un port de 1 à 65535 est attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the CA certificates file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de certificats d&apos;autorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; contains no PEM certificate</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: invalid database URL: %2.</source>
        <translation>%1 : URL de base de données non valable : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected debug, info, warning or critical</source>
        <translation>debug, info, warning ou critical est attendu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is set, but %2 is missing: a TLS port needs both the certificate and its private key.</source>
        <translation>%1 est défini, mais %2 est absent : un port TLS nécessite à la fois le certificat et sa clé privée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2: %3.</source>
        <translation>%1 et %2 : %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a domain name; expected a comma-separated list such as example.org, example.net</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine ; une liste séparée par des virgules est attendue, par exemple example.org, example.net</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a domain name such as example.org</source>
        <translation>un nom de domaine est attendu, par exemple example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the default domain must be one of allowed-domains (%1)</source>
        <translation>le domaine par défaut doit faire partie de allowed-domains (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a bare JID such as blogs@example.org</source>
        <translation>un JID nu est attendu, par exemple blogs@example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is set, but public-account-password-file is missing.</source>
        <translation>%1 est défini, mais public-account-password-file est absent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the password file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de mot de passe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set, but public-account is missing.</source>
        <translation>%1 est défini, mais public-account est absent.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The linker %1 is not an executable file; set it with --linker or the linker key.</source>
        <translation>Le linker %1 n&apos;est pas un fichier exécutable ; définissez-le avec --linker ou la clé linker.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on the address %1: %2.</source>
        <translation>Impossible d&apos;écouter sur l&apos;adresse %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/headless/server/Session.cpp" line="+28"/>
        <location line="+1"/>
        <source>The server of your account did not answer in time. Try again later.</source>
        <translation>Le serveur de votre compte n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You were signed out because no page of this session was open for a long time.</source>
        <translation>Vous avez été déconnecté car aucune page de cette session n&apos;était ouverte depuis longtemps.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../src/headless/server/SessionManager.cpp" line="+116"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The message has no type.</source>
        <translation>Le message n&apos;a pas de type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is signed in already.</source>
        <translation>Cette session est déjà connectée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You signed out.</source>
        <translation>Vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down. Try again later.</source>
        <translation>Le serveur est en cours d&apos;arrêt. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur est en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Signing in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+34"/>
        <source>The server could not sign in to your account. Try again later.</source>
        <translation>Le serveur n&apos;a pas pu se connecter à votre compte. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>The connection to your account stopped unexpectedly. Sign in again.</source>
        <translation>La connexion à votre compte s&apos;est interrompue de manière inattendue. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>SessionApi</name>
    <message>
        <location filename="../src/headless/server/SessionApi.cpp" line="+72"/>
        <location line="+115"/>
        <source>The request did not come from this site.</source>
        <translation>La requête ne provient pas de ce site.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The request must be JSON.</source>
        <translation>La requête doit être au format JSON.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed sign-ins from your address. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées depuis votre adresse. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées depuis votre adresse. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter your address and your password.</source>
        <translation>Saisissez votre adresse et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter an address of the form name@example.org.</source>
        <translation>Saisissez une adresse de la forme nom@example.org.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts of %1 cannot sign in on this server.</source>
        <translation>Les comptes de %1 ne peuvent pas se connecter sur ce serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is shutting down. Try again later.</source>
        <translation>Le serveur est en cours d&apos;arrêt. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has reached its maximum number of sessions. Try again later.</source>
        <translation>Le serveur a atteint son nombre maximal de sessions. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/SettingsPage.qml" line="+17"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start Salon when I log in</source>
        <translation>Démarrer Salon à l’ouverture de ma session</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: show no notifications</source>
        <translation>Ne pas déranger : n’afficher aucune notification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mentions of my nickname in rooms</source>
        <translation>Mentions de mon pseudonyme dans les salons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments on my posts</source>
        <translation>Commentaires sur mes publications</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Likes of my posts</source>
        <translation>Mentions « J’aime » de mes publications</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../resources/qml/org/salon/desktop/ShortcutsDialog.qml" line="+15"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../resources/qml/org/salon/account/SignInPage.qml" line="+34"/>
        <source>%1 is already added. Choose it in the account list at the top.</source>
        <translation>%1 est déjà ajouté. Choisissez-le dans la liste des comptes en haut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Welcome to Salon</source>
        <translation>Bienvenue dans Salon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with the address and password of your XMPP account.</source>
        <translation>Connectez-vous avec l&apos;adresse et le mot de passe de votre compte XMPP.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>XMPP address</source>
        <translation>Adresse XMPP</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide Password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/ui/SingleInstance.cpp" line="+117"/>
        <source>Salon is already running, but it did not respond: %1</source>
        <translation>Salon est déjà lancé, mais il n’a pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>SocialNotifier</name>
    <message>
        <location filename="../src/ui/SocialNotifier.cpp" line="+84"/>
        <source>New reactions to your post “%1”. Comments: %2, likes: %3. Latest by %4.</source>
        <translation>Nouvelles réactions à votre publication «&#xa0;%1&#xa0;». Commentaires : %2, J&apos;aime : %3. La plus récente de %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 likes your post “%2”.</source>
        <translation>%1 aime votre publication «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 commented on your post “%2”.</source>
        <translation>%1 a commenté votre publication «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 new posts in %2.</source>
        <translation>%1 nouvelles publications dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 posted “%2” in %3.</source>
        <translation>%1 a publié «&#xa0;%2&#xa0;» dans %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New post in a community</source>
        <translation>Nouvelle publication dans une communauté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a post</source>
        <translation>une publication</translation>
    </message>
</context>
<context>
    <name>SubnetList</name>
    <message>
        <location filename="../src/headless/server/SubnetList.cpp" line="+42"/>
        <source>&quot;%1&quot; is not an IP address or a subnet such as 10.0.0.0/8 or fd00::/8</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP ni un sous-réseau tel que 10.0.0.0/8 ou fd00::/8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has an invalid prefix length: expected 0 to %2</source>
        <translation>«&#xa0;%1&#xa0;» a une longueur de préfixe non valable : de 0 à %2 est attendu</translation>
    </message>
</context>
<context>
    <name>SubscriptionDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/social/SubscriptionDelegate.qml" line="+49"/>
        <source>%1 on %2 · waiting for approval</source>
        <translation>%1 sur %2 · en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notify</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestDelegate</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestDelegate.qml" line="+59"/>
        <source>Wants to see when you are online.</source>
        <translation>Souhaite voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the request of %1</source>
        <translation>Accepter la demande de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the request of %1</source>
        <translation>Refuser la demande de %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionRequestsSection</name>
    <message>
        <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestsSection.qml" line="+22"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../src/headless/server/Tab.cpp" line="+104"/>
        <source>This tab sent too many requests and was closed. Reload the page to continue.</source>
        <translation>Cet onglet a envoyé trop de requêtes et a été fermé. Rechargez la page pour continuer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>The page sent an invalid message.</source>
        <translation>La page a envoyé un message non valable.</translation>
    </message>
</context>
<context>
    <name>TextFileWriter</name>
    <message>
        <location filename="../src/ui/TextFileWriter.cpp" line="+22"/>
        <source>Salon can only save to a file on this computer, not to %1.</source>
        <translation>Salon ne peut enregistrer que dans un fichier de cet ordinateur, pas dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Salon could not save %1: %2.</source>
        <translation>Salon n&apos;a pas pu enregistrer %1 : %2.</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../src/headless/server/TlsCredentials.cpp" line="+70"/>
        <source>cannot read the TLS certificate file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de certificat TLS «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; contains no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun certificat PEM («&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS certificate in &quot;%1&quot; expired on %2</source>
        <translation>le certificat TLS de «&#xa0;%1&#xa0;» a expiré le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TLS certificate in &quot;%1&quot; is valid only from %2</source>
        <translation>le certificat TLS de «&#xa0;%1&#xa0;» n&apos;est valable qu&apos;à partir du %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the TLS key file &quot;%1&quot;: %2</source>
        <translation>impossible de lire le fichier de clé TLS «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; contains no unencrypted PEM private key with RSA, EC or DSA</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune clé privée PEM non chiffrée RSA, EC ou DSA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private key in &quot;%1&quot; does not belong to the certificate in &quot;%2&quot;</source>
        <translation>la clé privée de «&#xa0;%1&#xa0;» ne correspond pas au certificat de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt cannot load the private key in &quot;%1&quot;</source>
        <translation>Qt ne peut pas charger la clé privée de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../src/ui/TrayController.cpp" line="+31"/>
        <source>Do Not Disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Hide Window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Window</source>
        <translation>Afficher la fenêtre</translation>
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
        <translation>1 message non lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 unread messages</source>
        <translation>%1 messages non lus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unread messages</source>
        <translation>Aucun message non lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Do not disturb: notifications are off.</source>
        <comment>with the unread messages</comment>
        <translation>%1. Ne pas déranger : les notifications sont désactivées.</translation>
    </message>
</context>
<context>
    <name>UploadsBar</name>
    <message>
        <location filename="../resources/qml/org/salon/chat/UploadsBar.qml" line="+57"/>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>XmppLink</name>
    <message>
        <location filename="../src/ui/XmppLink.cpp" line="+81"/>
        <source>%1 is not an xmpp: URI.</source>
        <translation>%1 n’est pas une URI xmpp:.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The xmpp: URI %1 names an invalid account, %2: give it as localpart@domain.</source>
        <translation>L’URI xmpp: %1 désigne un compte invalide, %2 : indiquez-le sous la forme partielocale@domaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The xmpp: URI %1 contains no address.</source>
        <translation>L’URI xmpp: %1 ne contient aucune adresse.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The xmpp: URI %1 names the server %2, not a contact or a room: the address needs a localpart, as in user@%2.</source>
        <translation>L’URI xmpp: %1 désigne le serveur %2, pas un contact ni un salon : l’adresse doit avoir une partie locale, comme dans utilisateur@%2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The xmpp: URI %1 has an invalid address: the localpart &quot;%2&quot; contains &quot;%3&quot;, which a JID cannot contain.</source>
        <translation>L’URI xmpp: %1 a une adresse invalide : la partie locale « %2 » contient « %3 », qu’un JID ne peut pas contenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The xmpp: URI %1 has an invalid address, %2: a JID is localpart@domain, with a host name or an IP address as the domain.</source>
        <translation>L’URI xmpp: %1 a une adresse invalide, %2 : un JID s’écrit partielocale@domaine, avec un nom d’hôte ou une adresse IP comme domaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The xmpp: URI %1 has an invalid resource after the slash: it must be 1 to 1023 bytes of text without control characters.</source>
        <translation>L’URI xmpp: %1 a une ressource invalide après la barre oblique : elle doit faire de 1 à 1023 octets de texte sans caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The xmpp: URI %1 contains percent-encoded bytes that are not UTF-8 text.</source>
        <translation>L’URI xmpp: %1 contient des octets encodés en pourcentage qui ne sont pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The xmpp: URI %1 has an invalid percent-encoding: each % must be followed by two hexadecimal digits.</source>
        <translation>L’URI xmpp: %1 a un encodage en pourcentage invalide : chaque % doit être suivi de deux chiffres hexadécimaux.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/ui/main.cpp" line="+28"/>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--password-stdin: standard input has no password on its first line.</source>
        <translation>--password-stdin : l&apos;entrée standard ne contient pas de mot de passe sur sa première ligne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Salon is already running: its window was brought to the front.</source>
        <translation>Salon est déjà lancé : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salon is already running: the URI was opened there.</source>
        <translation>Salon est déjà lancé : l’URI y a été ouverte.</translation>
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
        <translation>Connectez-vous avec votre compte XMPP</translation>
    </message>
    <message>
        <source>Chat address</source>
        <comment>jidLabel</comment>
        <translation>Adresse de discussion</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <comment>jidPlaceholder</comment>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>name or name@{domain}</source>
        <comment>jidPlaceholderWithDomain</comment>
        <translation>nom ou nom@{domain}</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>passwordLabel</comment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>signIn</comment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>signingIn</comment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>signOut</comment>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>contactsHeading</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>You have no contacts yet.</source>
        <comment>noContacts</comment>
        <translation>Vous n&apos;avez encore aucun contact.</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <comment>ungrouped</comment>
        <translation>Autres contacts</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <comment>groupCount</comment>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>1 contact</source>
        <comment>groupCountOne</comment>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <comment>addContact</comment>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <comment>addContactTitle</comment>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Chat address</source>
        <comment>contactJidLabel</comment>
        <translation>Adresse de discussion</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <comment>contactNameLabel</comment>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Group (optional)</source>
        <comment>contactGroupLabel</comment>
        <translation>Groupe (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>addContactSubmit</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Enter the chat address of the contact.</source>
        <comment>addContactMissingJid</comment>
        <translation>Saisissez l&apos;adresse de discussion du contact.</translation>
    </message>
    <message>
        <source>This is not a chat address. An address looks like name@example.org.</source>
        <comment>addContactInvalidJid</comment>
        <translation>Ceci n&apos;est pas une adresse de discussion. Une adresse ressemble à nom@example.org.</translation>
    </message>
    <message>
        <source>Added {jid} and asked to see their presence. They appear online once they accept.</source>
        <comment>addContactSent</comment>
        <translation>{jid} a été ajouté à vos contacts et une demande pour voir sa présence a été envoyée. Ce contact apparaîtra en ligne une fois la demande acceptée.</translation>
    </message>
    <message>
        <source>Requests</source>
        <comment>requestsHeading</comment>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <comment>requestCount</comment>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <source>1 request</source>
        <comment>requestCountOne</comment>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>Wants to see when you are online.</source>
        <comment>requestExplanation</comment>
        <translation>Souhaite voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <source>Contact request</source>
        <comment>requestNotificationTitle</comment>
        <translation>Demande de contact</translation>
    </message>
    <message>
        <source>{name} wants to see when you are online.</source>
        <comment>requestNotificationBody</comment>
        <translation>{name} souhaite voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <source>{name} wants to see when you are online. Their message: {message}</source>
        <comment>requestNotificationBodyWithMessage</comment>
        <translation>{name} souhaite voir quand vous êtes en ligne. Son message : {message}</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>acceptRequest</comment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>declineRequest</comment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept the request of {name}</source>
        <comment>acceptRequestLabel</comment>
        <translation>Accepter la demande de {name}</translation>
    </message>
    <message>
        <source>Decline the request of {name}</source>
        <comment>declineRequestLabel</comment>
        <translation>Refuser la demande de {name}</translation>
    </message>
    <message>
        <source>⋯</source>
        <comment>contactActions</comment>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <comment>contactActionsLabel</comment>
        <translation>Actions pour {name}</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>renameContact</comment>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <comment>renameContactLabel</comment>
        <translation>Renommer {name}</translation>
    </message>
    <message>
        <source>New name for {name}</source>
        <comment>renameFieldLabel</comment>
        <translation>Nouveau nom pour {name}</translation>
    </message>
    <message>
        <source>No name: show the address</source>
        <comment>renamePlaceholder</comment>
        <translation>Aucun nom : l&apos;adresse sera affichée</translation>
    </message>
    <message>
        <source>Edit groups</source>
        <comment>editGroups</comment>
        <translation>Modifier les groupes</translation>
    </message>
    <message>
        <source>Edit the groups of {name}</source>
        <comment>editGroupsLabel</comment>
        <translation>Modifier les groupes de {name}</translation>
    </message>
    <message>
        <source>Groups of {name}</source>
        <comment>groupsFormHeading</comment>
        <translation>Groupes de {name}</translation>
    </message>
    <message>
        <source>In no group: listed under &quot;{section}&quot;.</source>
        <comment>groupsNone</comment>
        <translation>Dans aucun groupe : affiché sous « {section} ».</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <comment>groupsAddLabel</comment>
        <translation>Ajouter à un groupe</translation>
    </message>
    <message>
        <source>An existing or a new group</source>
        <comment>groupsAddPlaceholder</comment>
        <translation>Un groupe existant ou nouveau</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>groupsAdd</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>groupsRemove</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from the group {group}</source>
        <comment>groupsRemoveLabel</comment>
        <translation>Retirer du groupe {group}</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancel</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeContact</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>removeContactLabel</comment>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Remove {name} from your contacts? You will no longer see each other&apos;s presence.</source>
        <comment>removeQuestion</comment>
        <translation>Supprimer {name} de vos contacts ? Vous ne verrez plus vos présences respectives.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeConfirm</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Block</source>
        <comment>blockContact</comment>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Block {name}</source>
        <comment>blockContactLabel</comment>
        <translation>Bloquer {name}</translation>
    </message>
    <message>
        <source>Unblock</source>
        <comment>unblockContact</comment>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Unblock {name}</source>
        <comment>unblockContactLabel</comment>
        <translation>Débloquer {name}</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>presenceBlocked</comment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>blockedHeading</comment>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>{count} addresses</source>
        <comment>blockedCount</comment>
        <translation>{count} adresses</translation>
    </message>
    <message>
        <source>1 address</source>
        <comment>blockedCountOne</comment>
        <translation>1 adresse</translation>
    </message>
    <message>
        <source>You do not receive their messages or presence, and they do not see yours.</source>
        <comment>blockedExplanation</comment>
        <translation>Vous ne recevez ni leurs messages ni leur présence, et ces personnes ne voient pas les vôtres.</translation>
    </message>
    <message>
        <source>View profile</source>
        <comment>viewProfile</comment>
        <translation>Voir le profil</translation>
    </message>
    <message>
        <source>View the profile of {name}</source>
        <comment>viewProfileLabel</comment>
        <translation>Voir le profil de {name}</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>profileTitle</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Full name</source>
        <comment>profileFullName</comment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Nickname</source>
        <comment>profileNickname</comment>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>About</source>
        <comment>profileAbout</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Website</source>
        <comment>profileUrl</comment>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>profileLocation</comment>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <comment>profileLoading</comment>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <source>{jid} has not published a profile.</source>
        <comment>profileEmpty</comment>
        <translation>{jid} n&apos;a pas publié de profil.</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <comment>lastSeenJustNow</comment>
        <translation>Dernière activité : à l&apos;instant</translation>
    </message>
    <message>
        <source>Last seen today at {time}</source>
        <comment>lastSeenToday</comment>
        <translation>Dernière activité : aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>Last seen {time}</source>
        <comment>lastSeen</comment>
        <translation>Dernière activité : le {time}</translation>
    </message>
    <message>
        <source>Edit my profile</source>
        <comment>editProfile</comment>
        <translation>Modifier mon profil</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>editProfileTitle</comment>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Anyone who knows your address can see these fields.</source>
        <comment>editProfileExplanation</comment>
        <translation>Toute personne qui connaît votre adresse peut voir ces champs.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <comment>profileSaving</comment>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Show my public posts on this server&apos;s public page</source>
        <comment>publicPageShown</comment>
        <translation>Afficher mes publications publiques sur la page publique de ce serveur</translation>
    </message>
    <message>
        <source>Anyone can read your public posts there, and follow them as an Atom feed:</source>
        <comment>publicPageExplanation</comment>
        <translation>Tout le monde peut y lire vos publications publiques et les suivre sous forme de flux Atom :</translation>
    </message>
    <message>
        <source>Your public posts appear on your public page within a few minutes.</source>
        <comment>publicPageShownSaved</comment>
        <translation>Vos publications publiques apparaîtront sur votre page publique d&apos;ici quelques minutes.</translation>
    </message>
    <message>
        <source>Your public page disappears within a few minutes.</source>
        <comment>publicPageHiddenSaved</comment>
        <translation>Votre page publique disparaîtra d&apos;ici quelques minutes.</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <comment>publicPageNotSaved</comment>
        <translation>Le paramètre n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Choose a new avatar</source>
        <comment>avatarFileLabel</comment>
        <translation>Choisir un nouvel avatar</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>removeAvatar</comment>
        <translation>Supprimer l&apos;avatar</translation>
    </message>
    <message>
        <source>Publishing your avatar…</source>
        <comment>avatarPublishing</comment>
        <translation>Publication de votre avatar…</translation>
    </message>
    <message>
        <source>Removing your avatar…</source>
        <comment>avatarRemoving</comment>
        <translation>Suppression de votre avatar…</translation>
    </message>
    <message>
        <source>Your new avatar is published.</source>
        <comment>avatarPublished</comment>
        <translation>Votre nouvel avatar est publié.</translation>
    </message>
    <message>
        <source>Your avatar is removed.</source>
        <comment>avatarRemoved</comment>
        <translation>Votre avatar a été supprimé.</translation>
    </message>
    <message>
        <source>The file &quot;{file}&quot; is larger than {size} MB. Choose a smaller image.</source>
        <comment>avatarFileTooLarge</comment>
        <translation>Le fichier «&#xa0;{file}&#xa0;» dépasse {size} Mo. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The file &quot;{file}&quot; is not an image that this browser can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <comment>avatarNotAnImage</comment>
        <translation>Le fichier «&#xa0;{file}&#xa0;» n&apos;est pas une image lisible par ce navigateur. Choisissez une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>The image &quot;{file}&quot; has too much detail to send as an avatar, even scaled down. Choose a simpler image.</source>
        <comment>avatarTooDetailed</comment>
        <translation>L&apos;image «&#xa0;{file}&#xa0;» contient trop de détails pour être envoyée comme avatar, même réduite. Choisissez une image plus simple.</translation>
    </message>
    <message>
        <source>This browser could not convert the image &quot;{file}&quot;. Try another image.</source>
        <comment>avatarEncodingFailed</comment>
        <translation>Ce navigateur n&apos;a pas pu convertir l&apos;image «&#xa0;{file}&#xa0;». Essayez une autre image.</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>sectionsLabel</comment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>chatsTab</comment>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>contactsTab</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>{count} unread messages</source>
        <comment>unreadTotalLabel</comment>
        <translation>{count} messages non lus</translation>
    </message>
    <message>
        <source>1 unread message</source>
        <comment>unreadTotalLabelOne</comment>
        <translation>1 message non lu</translation>
    </message>
    <message>
        <source>{count} new messages. The newest: {text}</source>
        <comment>messageNotificationBodyMany</comment>
        <translation>{count} nouveaux messages. Le plus récent : {text}</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>chatsHeading</comment>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <comment>searchMessagesLabel</comment>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <comment>searchMessagesPlaceholder</comment>
        <translation>Rechercher des messages…</translation>
    </message>
    <message>
        <source>No message contains these words.</source>
        <comment>noSearchResults</comment>
        <translation>Aucun message ne contient ces mots.</translation>
    </message>
    <message>
        <source>No conversations yet. Open a contact and choose Message to start one.</source>
        <comment>noConversations</comment>
        <translation>Aucune discussion pour l&apos;instant. Ouvrez un contact et choisissez Message pour en commencer une.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <comment>ownMessagePreview</comment>
        <translation>Vous : {text}</translation>
    </message>
    <message>
        <source>{nick}: {text}</source>
        <comment>senderMessagePreview</comment>
        <translation>{nick} : {text}</translation>
    </message>
    <message>
        <source>{count} unread</source>
        <comment>unreadCountLabel</comment>
        <translation>Non lus : {count}</translation>
    </message>
    <message>
        <source>now</source>
        <comment>timeNow</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>{count} min</source>
        <comment>timeMinutes</comment>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>timeYesterday</comment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>sendMessage</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write to {name}</source>
        <comment>sendMessageLabel</comment>
        <translation>Écrire à {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>backToChats</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the conversation list</source>
        <comment>backToChatsLabel</comment>
        <translation>Retour à la liste des discussions</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <comment>messageFieldLabel</comment>
        <translation>Message à {name}</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <comment>messagePlaceholder</comment>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <comment>loadingOlderMessages</comment>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <source>No messages yet. Write the first one below.</source>
        <comment>noMessages</comment>
        <translation>Aucun message pour l&apos;instant. Écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>statePending</comment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>stateSent</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>stateDelivered</comment>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>stateRead</comment>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>stateFailed</comment>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>messageEdited</comment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>This message was edited.</source>
        <comment>messageEditedLabel</comment>
        <translation>Ce message a été modifié.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <comment>messageRetracted</comment>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <source>Removed by a moderator</source>
        <comment>messageModerated</comment>
        <translation>Retiré par un modérateur</translation>
    </message>
    <message>
        <source>Removed by a moderator: {reason}</source>
        <comment>messageModeratedWithReason</comment>
        <translation>Retiré par un modérateur : {reason}</translation>
    </message>
    <message>
        <source>Show the message this one replies to: {text}</source>
        <comment>replyQuoteLabel</comment>
        <translation>Afficher le message auquel celui-ci répond : {text}</translation>
    </message>
    <message>
        <source>The quoted message is not loaded.</source>
        <comment>quotedMessageMissing</comment>
        <translation>Le message cité n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>{emoji} {count}</source>
        <comment>reactionLabel</comment>
        <translation>{emoji} {count}</translation>
    </message>
    <message>
        <source>Reacted with {emoji}: {names}</source>
        <comment>reactionSenders</comment>
        <translation>Réaction {emoji} : {names}</translation>
    </message>
    <message>
        <source>React with {emoji}</source>
        <comment>reactionAdd</comment>
        <translation>Réagir avec {emoji}</translation>
    </message>
    <message>
        <source>you</source>
        <comment>you</comment>
        <translation>vous</translation>
    </message>
    <message>
        <source>⋯</source>
        <comment>messageActions</comment>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Actions for this message</source>
        <comment>messageActionsLabel</comment>
        <translation>Actions pour ce message</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>replyAction</comment>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>React</source>
        <comment>reactAction</comment>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>editAction</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <comment>deleteAction</comment>
        <translation>Supprimer pour tout le monde</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copyAction</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Choose a reaction</source>
        <comment>emojiPickerLabel</comment>
        <translation>Choisir une réaction</translation>
    </message>
    <message>
        <source>Delete this message for everyone? Its text is removed for you and {name}.</source>
        <comment>deleteQuestion</comment>
        <translation>Supprimer ce message pour tout le monde ? Son texte sera supprimé pour vous et pour {name}.</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteConfirm</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeAction</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reason for removing this message for everyone (optional)</source>
        <comment>removeReasonLabel</comment>
        <translation>Motif du retrait de ce message pour tout le monde (facultatif)</translation>
    </message>
    <message>
        <source>Remove for everyone</source>
        <comment>removeMessageConfirm</comment>
        <translation>Retirer pour tout le monde</translation>
    </message>
    <message>
        <source>Delete this message for everyone in the room?</source>
        <comment>roomDeleteQuestion</comment>
        <translation>Supprimer ce message pour tout le monde dans le salon ?</translation>
    </message>
    <message>
        <source>The message is copied.</source>
        <comment>copied</comment>
        <translation>Le message a été copié.</translation>
    </message>
    <message>
        <source>This browser did not allow copying. Select the text and copy it instead.</source>
        <comment>copyFailed</comment>
        <translation>Ce navigateur n&apos;a pas autorisé la copie. Sélectionnez le texte et copiez-le vous-même.</translation>
    </message>
    <message>
        <source>Replying to {name}: {text}</source>
        <comment>replyingTo</comment>
        <translation>Réponse à {name} : {text}</translation>
    </message>
    <message>
        <source>Editing your message. Escape cancels.</source>
        <comment>editingMessage</comment>
        <translation>Modification de votre message. Échap pour annuler.</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <comment>cancelReplyLabel</comment>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <comment>cancelEditLabel</comment>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <comment>peerTyping</comment>
        <translation>{name} est en train d&apos;écrire…</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <comment>attachmentLink</comment>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>A file that this page cannot open: {name}</source>
        <comment>attachmentUnsafe</comment>
        <translation>Un fichier que cette page ne peut pas ouvrir : {name}</translation>
    </message>
    <message>
        <source>Attach</source>
        <comment>attachFile</comment>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <comment>attachFileLabel</comment>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Drop files to send them to {name}</source>
        <comment>dropFilesHere</comment>
        <translation>Déposez des fichiers pour les envoyer à {name}</translation>
    </message>
    <message>
        <source>Sending {name} to Salon… {percent} %</source>
        <comment>uploadSending</comment>
        <translation>Envoi de {name} à Salon… {percent} %</translation>
    </message>
    <message>
        <source>Uploading {name} to your server… {percent} %</source>
        <comment>uploadUploading</comment>
        <translation>Téléversement de {name} vers votre serveur… {percent} %</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}</source>
        <comment>uploadFailed</comment>
        <translation>{name} n&apos;a pas été envoyé : {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>uploadCancel</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sending {name}</source>
        <comment>uploadCancelLabel</comment>
        <translation>Annuler l&apos;envoi de {name}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>uploadDismiss</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your server does not accept files, so {name} cannot be sent.</source>
        <comment>uploadUnavailable</comment>
        <translation>Votre serveur n&apos;accepte pas les fichiers, {name} ne peut donc pas être envoyé.</translation>
    </message>
    <message>
        <source>The file {name} is {size}, more than the {limit} that your server accepts.</source>
        <comment>uploadTooLarge</comment>
        <translation>Le fichier {name} fait {size}, soit plus que les {limit} acceptés par votre serveur.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose a file with content.</source>
        <comment>uploadEmpty</comment>
        <translation>Le fichier {name} est vide. Choisissez un fichier qui a un contenu.</translation>
    </message>
    <message>
        <source>This browser could not read the file {name}.</source>
        <comment>uploadReadFailed</comment>
        <translation>Ce navigateur n&apos;a pas pu lire le fichier {name}.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <comment>sizeBytes</comment>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <comment>sizeKilobytes</comment>
        <translation>{count} Ko</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <comment>sizeMegabytes</comment>
        <translation>{count} Mo</translation>
    </message>
    <message>
        <source>{count} GB</source>
        <comment>sizeGigabytes</comment>
        <translation>{count} Go</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>exportConversation</comment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <comment>exportConversationLabel</comment>
        <translation>Exporter cette discussion</translation>
    </message>
    <message>
        <source>As text</source>
        <comment>exportAsText</comment>
        <translation>En texte</translation>
    </message>
    <message>
        <source>As JSON</source>
        <comment>exportAsJson</comment>
        <translation>En JSON</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <comment>exportPreparing</comment>
        <translation>Préparation de l&apos;export…</translation>
    </message>
    <message>
        <source>Exported {count} messages to {file}.</source>
        <comment>exportReady</comment>
        <translation>{count} messages exportés dans {file}.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <comment>roomsTab</comment>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Rooms</source>
        <comment>roomsHeading</comment>
        <translation>Salons</translation>
    </message>
    <message>
        <source>You are in no rooms yet. Join one below.</source>
        <comment>noRooms</comment>
        <translation>Vous n&apos;êtes encore dans aucun salon. Rejoignez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Not joined</source>
        <comment>roomStateLeft</comment>
        <translation>Non rejoint</translation>
    </message>
    <message>
        <source>Joining…</source>
        <comment>roomStateJoining</comment>
        <translation>Connexion au salon…</translation>
    </message>
    <message>
        <source>Joined</source>
        <comment>roomStateJoined</comment>
        <translation>Rejoint</translation>
    </message>
    <message>
        <source>Could not join</source>
        <comment>roomStateFailed</comment>
        <translation>Impossible de rejoindre</translation>
    </message>
    <message>
        <source>Joined as {nick}</source>
        <comment>roomJoinedAs</comment>
        <translation>Rejoint en tant que {nick}</translation>
    </message>
    <message>
        <source>@{count}</source>
        <comment>mentionBadge</comment>
        <translation>@{count}</translation>
    </message>
    <message>
        <source>{count} messages mention you</source>
        <comment>mentionCountLabel</comment>
        <translation>{count} messages vous mentionnent</translation>
    </message>
    <message>
        <source>Join a room</source>
        <comment>joinRoomTitle</comment>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>Room address</source>
        <comment>roomJidLabel</comment>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <comment>roomJidPlaceholder</comment>
        <translation>salon@conference.example.org</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <comment>roomNickLabel</comment>
        <translation>Pseudonyme (facultatif)</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <comment>roomPasswordLabel</comment>
        <translation>Mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>Join</source>
        <comment>joinRoom</comment>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join {name}</source>
        <comment>joinRoomLabel</comment>
        <translation>Rejoindre {name}</translation>
    </message>
    <message>
        <source>This is not a room address. An address looks like room@conference.example.org.</source>
        <comment>joinRoomInvalidJid</comment>
        <translation>Ceci n&apos;est pas une adresse de salon. Une adresse ressemble à salon@conference.example.org.</translation>
    </message>
    <message>
        <source>Create this room and configure it before it opens</source>
        <comment>createConfiguredRoom</comment>
        <translation>Créer ce salon et le configurer avant son ouverture</translation>
    </message>
    <message>
        <source>Configure room</source>
        <comment>configureRoom</comment>
        <translation>Configurer le salon</translation>
    </message>
    <message>
        <source>Room configuration</source>
        <comment>roomConfigTitle</comment>
        <translation>Configuration du salon</translation>
    </message>
    <message>
        <source>Loading the room’s configuration…</source>
        <comment>roomConfigLoading</comment>
        <translation>Chargement de la configuration du salon…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <comment>roomConfigSaving</comment>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The room’s configuration is saved.</source>
        <comment>roomConfigSaved</comment>
        <translation>La configuration du salon est enregistrée.</translation>
    </message>
    <message>
        <source>The configuration was cancelled.</source>
        <comment>roomConfigCancelled</comment>
        <translation>La configuration a été annulée.</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>saveRoomConfig</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancelRoomConfig</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <comment>publicRoomsHeading</comment>
        <translation>Salons publics</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <comment>mucServiceLabel</comment>
        <translation>Service de salons de discussion</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <comment>mucServicePlaceholder</comment>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>Browse</source>
        <comment>browseRooms</comment>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Filter the rooms</source>
        <comment>filterRoomsLabel</comment>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <source>Filter by name or topic…</source>
        <comment>filterRoomsPlaceholder</comment>
        <translation>Filtrer par nom ou par sujet…</translation>
    </message>
    <message>
        <source>No room matches the filter.</source>
        <comment>noMatchingRooms</comment>
        <translation>Aucun salon ne correspond au filtre.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <comment>roomOccupantCount</comment>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <source>Invitations</source>
        <comment>invitationsHeading</comment>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Invited by {name}</source>
        <comment>invitationFrom</comment>
        <translation>Invitation de {name}</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>acceptInvitation</comment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>declineInvitation</comment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept the invitation to {room}</source>
        <comment>acceptInvitationLabel</comment>
        <translation>Accepter l&apos;invitation à {room}</translation>
    </message>
    <message>
        <source>Decline the invitation to {room}</source>
        <comment>declineInvitationLabel</comment>
        <translation>Refuser l&apos;invitation à {room}</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>backToRooms</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the room list</source>
        <comment>backToRoomsLabel</comment>
        <translation>Retour à la liste des salons</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>leaveRoom</comment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Join again</source>
        <comment>rejoinRoom</comment>
        <translation>Rejoindre à nouveau</translation>
    </message>
    <message>
        <source>Bookmark and join at sign-in</source>
        <comment>bookmarkAutojoin</comment>
        <translation>Ajouter aux marque-pages et rejoindre à la connexion</translation>
    </message>
    <message>
        <source>Change nickname</source>
        <comment>changeNick</comment>
        <translation>Changer de pseudonyme</translation>
    </message>
    <message>
        <source>Your nickname in this room</source>
        <comment>nickFieldLabel</comment>
        <translation>Votre pseudonyme dans ce salon</translation>
    </message>
    <message>
        <source>No messages yet. Write the first one below.</source>
        <comment>noRoomMessages</comment>
        <translation>Aucun message pour l&apos;instant. Écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <comment>roomMessageFieldLabel</comment>
        <translation>Message à {name}</translation>
    </message>
    <message>
        <source>People</source>
        <comment>occupantsHeading</comment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>({count})</source>
        <comment>occupantCount</comment>
        <translation>({count})</translation>
    </message>
    <message>
        <source>{nick} (you)</source>
        <comment>occupantSelf</comment>
        <translation>{nick} (vous)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <comment>occupantRoleModerator</comment>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <comment>occupantRoleParticipant</comment>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Visitor</source>
        <comment>occupantRoleVisitor</comment>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Kick</source>
        <comment>kickOccupant</comment>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Kick {nick}?</source>
        <comment>kickOccupantConfirm</comment>
        <translation>Expulser {nick} ?</translation>
    </message>
    <message>
        <source>Ban</source>
        <comment>banOccupant</comment>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>Ban {nick}?</source>
        <comment>banOccupantConfirm</comment>
        <translation>Bannir {nick} ?</translation>
    </message>
    <message>
        <source>Grant voice</source>
        <comment>grantVoice</comment>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Revoke voice</source>
        <comment>revokeVoice</comment>
        <translation>Retirer la parole</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <comment>grantModerator</comment>
        <translation>Nommer modérateur</translation>
    </message>
    <message>
        <source>Revoke moderator</source>
        <comment>revokeModerator</comment>
        <translation>Retirer le rôle de modérateur</translation>
    </message>
    <message>
        <source>Make owner</source>
        <comment>makeOwner</comment>
        <translation>Nommer propriétaire</translation>
    </message>
    <message>
        <source>Make {nick} an owner?</source>
        <comment>makeOwnerConfirm</comment>
        <translation>Nommer {nick} propriétaire ?</translation>
    </message>
    <message>
        <source>Make admin</source>
        <comment>makeAdmin</comment>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <source>Make {nick} an admin?</source>
        <comment>makeAdminConfirm</comment>
        <translation>Nommer {nick} administrateur ?</translation>
    </message>
    <message>
        <source>Make member</source>
        <comment>makeMember</comment>
        <translation>Nommer membre</translation>
    </message>
    <message>
        <source>Make {nick} a member, without admin rights?</source>
        <comment>makeMemberConfirm</comment>
        <translation>Nommer {nick} membre, sans droits d&apos;administrateur ?</translation>
    </message>
    <message>
        <source>Remove affiliation</source>
        <comment>removeAffiliation</comment>
        <translation>Retirer l&apos;affiliation</translation>
    </message>
    <message>
        <source>Remove the affiliation of {nick}?</source>
        <comment>removeAffiliationConfirm</comment>
        <translation>Retirer l&apos;affiliation de {nick} ?</translation>
    </message>
    <message>
        <source>Actions for {nick}</source>
        <comment>occupantActionsLabel</comment>
        <translation>Actions pour {nick}</translation>
    </message>
    <message>
        <source>Set subject</source>
        <comment>setSubject</comment>
        <translation>Définir le sujet</translation>
    </message>
    <message>
        <source>Subject of this room</source>
        <comment>subjectFieldLabel</comment>
        <translation>Sujet de ce salon</translation>
    </message>
    <message>
        <source>Invite</source>
        <comment>inviteToRoom</comment>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Contact or address to invite</source>
        <comment>inviteAddressLabel</comment>
        <translation>Contact ou adresse à inviter</translation>
    </message>
    <message>
        <source>bob@example.org</source>
        <comment>inviteAddressPlaceholder</comment>
        <translation>bob@example.org</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>inviteReasonLabel</comment>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>Destroy room…</source>
        <comment>destroyRoom</comment>
        <translation>Détruire le salon…</translation>
    </message>
    <message>
        <source>Destroy this room? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
        <comment>destroyRoomQuestion</comment>
        <translation>Détruire ce salon ? Tous les occupants en seront retirés, et le salon, sa configuration et sa liste de membres disparaîtront définitivement.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>destroyReasonLabel</comment>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>Alternate room (optional)</source>
        <comment>destroyAlternateLabel</comment>
        <translation>Salon de remplacement (facultatif)</translation>
    </message>
    <message>
        <source>Destroy</source>
        <comment>destroyRoomConfirm</comment>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Someone mentioned you.</source>
        <comment>mentionNotificationBody</comment>
        <translation>Quelqu&apos;un vous a mentionné.</translation>
    </message>
    <message>
        <source>{count} messages mention you.</source>
        <comment>mentionNotificationBodyMany</comment>
        <translation>{count} messages vous mentionnent.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>dismissNotice</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The action failed. Try again.</source>
        <comment>actionFailed</comment>
        <translation>L&apos;action a échoué. Réessayez.</translation>
    </message>
    <message>
        <source>The page is not connected to the Salon server. Sign in again.</source>
        <comment>notConnected</comment>
        <translation>La page n&apos;est pas connectée au serveur Salon. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>stateOffline</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>stateConnecting</comment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>stateOnline</comment>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>stateReconnecting</comment>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Reconnecting: {error}</source>
        <comment>stateReconnectingWithError</comment>
        <translation>Reconnexion : {error}</translation>
    </message>
    <message>
        <source>Offline: {error}</source>
        <comment>stateOfflineWithError</comment>
        <translation>Hors ligne : {error}</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>presenceOffline</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>presenceOnline</comment>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Free to chat</source>
        <comment>presenceChat</comment>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>presenceAway</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away for a long time</source>
        <comment>presenceXa</comment>
        <translation>Absent pour une longue durée</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <comment>presenceDnd</comment>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>presenceWaitingForApproval</comment>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>The chat address is not valid. Check it and try again.</source>
        <comment>errorInvalidJid</comment>
        <translation>L&apos;adresse de discussion n&apos;est pas valable. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The password is wrong. Check it and try again.</source>
        <comment>errorWrongPassword</comment>
        <translation>Le mot de passe est incorrect. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The chat server cannot be reached. Try again later.</source>
        <comment>errorServerUnreachable</comment>
        <translation>Le serveur de discussion est injoignable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The chat server&apos;s certificate is not trusted.</source>
        <comment>errorCertificateNotTrusted</comment>
        <translation>Le certificat du serveur de discussion n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The chat server offers no encrypted connection.</source>
        <comment>errorEncryptionUnavailable</comment>
        <translation>Le serveur de discussion ne propose pas de connexion chiffrée.</translation>
    </message>
    <message>
        <source>The connection to the chat server was lost.</source>
        <comment>errorConnectionLost</comment>
        <translation>La connexion au serveur de discussion a été perdue.</translation>
    </message>
    <message>
        <source>The chat server reported an error.</source>
        <comment>errorServerError</comment>
        <translation>Le serveur de discussion a signalé une erreur.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <comment>errorUnknown</comment>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>The Salon server could not read the sign-in request. Reload the page and try again.</source>
        <comment>errorBadRequest</comment>
        <translation>Le serveur Salon n&apos;a pas pu lire la demande de connexion. Rechargez la page et réessayez.</translation>
    </message>
    <message>
        <source>This Salon server does not accept accounts of this domain.</source>
        <comment>errorDomainNotAllowed</comment>
        <translation>Ce serveur Salon n&apos;accepte pas les comptes de ce domaine.</translation>
    </message>
    <message>
        <source>The Salon server has no room for another session. Try again later.</source>
        <comment>errorServerFull</comment>
        <translation>Le serveur Salon ne peut pas accueillir une session de plus. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The Salon server is shutting down. Try again in a few minutes.</source>
        <comment>errorShuttingDown</comment>
        <translation>Le serveur Salon est en cours d&apos;arrêt. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Signing in took too long. Try again.</source>
        <comment>errorTimeout</comment>
        <translation>La connexion a pris trop de temps. Réessayez.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from your address. Wait a minute and try again.</source>
        <comment>errorTooManyAttempts</comment>
        <translation>Trop de tentatives de connexion échouées depuis votre adresse. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The Salon server could not start your session. Try again.</source>
        <comment>errorLinkerFailed</comment>
        <translation>Le serveur Salon n&apos;a pas pu démarrer votre session. Réessayez.</translation>
    </message>
    <message>
        <source>Feed</source>
        <comment>feedTab</comment>
        <translation>Fil d&apos;actualité</translation>
    </message>
    <message>
        <source>Feed</source>
        <comment>feedHeading</comment>
        <translation>Fil d&apos;actualité</translation>
    </message>
    <message>
        <source>No posts yet. Posts of your contacts and your own show here.</source>
        <comment>noPosts</comment>
        <translation>Aucune publication pour l&apos;instant. Les publications de vos contacts et les vôtres s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Load older posts</source>
        <comment>loadMorePosts</comment>
        <translation>Charger des publications plus anciennes</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <comment>markAllRead</comment>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>{count} new posts</source>
        <comment>feedUnread</comment>
        <translation>{count} nouvelles publications</translation>
    </message>
    <message>
        <source>1 new post</source>
        <comment>feedUnreadOne</comment>
        <translation>1 nouvelle publication</translation>
    </message>
    <message>
        <source>New</source>
        <comment>postUnread</comment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>postPending</comment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Edited {time}</source>
        <comment>postEditedAt</comment>
        <translation>Modifiée le {time}</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>postTagsLabel</comment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Show images</source>
        <comment>showImages</comment>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>editPost</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deletePost</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this post for everyone?</source>
        <comment>deletePostQuestion</comment>
        <translation>Supprimer cette publication pour tout le monde ?</translation>
    </message>
    <message>
        <source>Delete post</source>
        <comment>deletePostConfirm</comment>
        <translation>Supprimer la publication</translation>
    </message>
    <message>
        <source>Write a post</source>
        <comment>newPostHeading</comment>
        <translation>Rédiger une publication</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <comment>editPostHeading</comment>
        <translation>Modifier votre publication</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>postTitleLabel</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <comment>postBodyLabel</comment>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <source>What do you want to share?</source>
        <comment>postBodyPlaceholder</comment>
        <translation>Que voulez-vous partager ?</translation>
    </message>
    <message>
        <source>Tags (separated by commas)</source>
        <comment>postTagsInputLabel</comment>
        <translation>Étiquettes (séparées par des virgules)</translation>
    </message>
    <message>
        <source>travel, photos</source>
        <comment>postTagsPlaceholder</comment>
        <translation>voyage, photos</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <comment>postVisibilityLabel</comment>
        <translation>Qui peut la voir</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>visibilityPublic</comment>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Contacts only</source>
        <comment>visibilityContacts</comment>
        <translation>Contacts uniquement</translation>
    </message>
    <message>
        <source>Choose who can see it</source>
        <comment>visibilityChoose</comment>
        <translation>Choisir qui peut la voir</translation>
    </message>
    <message>
        <source>Choose who can see the post before you save it.</source>
        <comment>postVisibilityMissing</comment>
        <translation>Choisissez qui peut voir la publication avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Publish</source>
        <comment>publishPost</comment>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Save changes</source>
        <comment>savePost</comment>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <comment>cancelEdit</comment>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <comment>discardDraft</comment>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <comment>postEmpty</comment>
        <translation>Saisissez d&apos;abord un titre ou un texte.</translation>
    </message>
    <message>
        <source>Your post is being published.</source>
        <comment>postPublished</comment>
        <translation>Votre publication est en cours de publication.</translation>
    </message>
    <message>
        <source>Your changes are being published.</source>
        <comment>postUpdated</comment>
        <translation>Vos modifications sont en cours de publication.</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesTab</comment>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesHeading</comment>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Your communities</source>
        <comment>subscriptionsHeading</comment>
        <translation>Vos communautés</translation>
    </message>
    <message>
        <source>You follow no community yet.</source>
        <comment>noSubscriptions</comment>
        <translation>Vous ne suivez encore aucune communauté.</translation>
    </message>
    <message>
        <source>Notify me</source>
        <comment>communityNotify</comment>
        <translation>M&apos;avertir</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <comment>unsubscribeCommunity</comment>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <comment>subscribeCommunity</comment>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>subscriptionPending</comment>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <comment>subscriptionPendingCancel</comment>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Discover communities</source>
        <comment>discoverCommunitiesHeading</comment>
        <translation>Découvrir des communautés</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>communityServerLabel</comment>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>example.org (empty for your server)</source>
        <comment>communityServerPlaceholder</comment>
        <translation>example.org (vide pour votre serveur)</translation>
    </message>
    <message>
        <source>Find services</source>
        <comment>findServices</comment>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Community service</source>
        <comment>communityServiceLabel</comment>
        <translation>Service de communautés</translation>
    </message>
    <message>
        <source>pubsub.example.org</source>
        <comment>communityServicePlaceholder</comment>
        <translation>pubsub.example.org</translation>
    </message>
    <message>
        <source>Browse</source>
        <comment>browseCommunities</comment>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Communities</source>
        <comment>communitiesOfService</comment>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Communities of {service}</source>
        <comment>communitiesOfNamedService</comment>
        <translation>Communautés de {service}</translation>
    </message>
    <message>
        <source>Loading communities…</source>
        <comment>loadingCommunities</comment>
        <translation>Chargement des communautés…</translation>
    </message>
    <message>
        <source>This service lists no communities.</source>
        <comment>noCommunities</comment>
        <translation>Ce service ne répertorie aucune communauté.</translation>
    </message>
    <message>
        <source>{count} subscribers</source>
        <comment>communitySubscribers</comment>
        <translation>{count} abonnés</translation>
    </message>
    <message>
        <source>1 subscriber</source>
        <comment>communitySubscribersOne</comment>
        <translation>1 abonné</translation>
    </message>
    <message>
        <source>Configure</source>
        <comment>configureCommunity</comment>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteCommunity</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this community and all its posts for everyone?</source>
        <comment>deleteCommunityQuestion</comment>
        <translation>Supprimer cette communauté et toutes ses publications pour tout le monde ?</translation>
    </message>
    <message>
        <source>Delete community</source>
        <comment>deleteCommunityConfirm</comment>
        <translation>Supprimer la communauté</translation>
    </message>
    <message>
        <source>Create a community</source>
        <comment>createCommunityHeading</comment>
        <translation>Créer une communauté</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>communityTitleLabel</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>communityDescriptionLabel</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <comment>communityAccessLabel</comment>
        <translation>Qui peut la lire</translation>
    </message>
    <message>
        <source>Anyone</source>
        <comment>accessModel_open</comment>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Those who see your presence</source>
        <comment>accessModel_presence</comment>
        <translation>Les personnes qui voient votre présence</translation>
    </message>
    <message>
        <source>Groups of your contacts</source>
        <comment>accessModel_roster</comment>
        <translation>Des groupes de vos contacts</translation>
    </message>
    <message>
        <source>Those you approve</source>
        <comment>accessModel_authorize</comment>
        <translation>Les personnes que vous approuvez</translation>
    </message>
    <message>
        <source>Only those you invite</source>
        <comment>accessModel_whitelist</comment>
        <translation>Uniquement les personnes que vous invitez</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>communityCreateServiceLabel</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>createCommunity</comment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter a title for the community.</source>
        <comment>communityTitleMissing</comment>
        <translation>Saisissez un titre pour la communauté.</translation>
    </message>
    <message>
        <source>Enter the service that hosts the community, such as pubsub.example.org.</source>
        <comment>communityServiceMissing</comment>
        <translation>Saisissez le service qui héberge la communauté, par exemple pubsub.example.org.</translation>
    </message>
    <message>
        <source>Creating the community…</source>
        <comment>communityCreating</comment>
        <translation>Création de la communauté…</translation>
    </message>
    <message>
        <source>The community is being created on {service}. Browse the service to see it.</source>
        <comment>communityCreateRequested</comment>
        <translation>La communauté est en cours de création sur {service}. Parcourez le service pour la voir.</translation>
    </message>
    <message>
        <source>The community {node} was created on {service}.</source>
        <comment>communityCreated</comment>
        <translation>La communauté {node} a été créée sur {service}.</translation>
    </message>
    <message>
        <source>Community configuration</source>
        <comment>communityConfigTitle</comment>
        <translation>Configuration de la communauté</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>closeCommunityConfig</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Comments</source>
        <comment>showComments</comment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Hide comments</source>
        <comment>hideComments</comment>
        <translation>Masquer les commentaires</translation>
    </message>
    <message>
        <source>{count} comments</source>
        <comment>commentCount</comment>
        <translation>{count} commentaires</translation>
    </message>
    <message>
        <source>1 comment</source>
        <comment>commentCountOne</comment>
        <translation>1 commentaire</translation>
    </message>
    <message>
        <source>{count} likes</source>
        <comment>likeCount</comment>
        <translation>{count} mentions J&apos;aime</translation>
    </message>
    <message>
        <source>1 like</source>
        <comment>likeCountOne</comment>
        <translation>1 mention J&apos;aime</translation>
    </message>
    <message>
        <source>♥ Like</source>
        <comment>likePost</comment>
        <translation>♥ J&apos;aime</translation>
    </message>
    <message>
        <source>♥ Liked</source>
        <comment>unlikePost</comment>
        <translation>♥ Aimé</translation>
    </message>
    <message>
        <source>Liked by {names}</source>
        <comment>likedBy</comment>
        <translation>Aimé par {names}</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <comment>loadingComments</comment>
        <translation>Chargement des commentaires…</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <comment>noComments</comment>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <comment>commentFieldLabel</comment>
        <translation>Écrire un commentaire</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <comment>commentPlaceholder</comment>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>sendComment</comment>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>deleteComment</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>commentPending</comment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <comment>commentEmpty</comment>
        <translation>Saisissez d&apos;abord un commentaire.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <comment>postAttachmentsLabel</comment>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attach files</source>
        <comment>attachFiles</comment>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>removeAttachment</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>removeAttachmentLabel</comment>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>{name}: {percent} %</source>
        <comment>attachmentUploading</comment>
        <translation>{name} : {percent} %</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <comment>attachmentUploaded</comment>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <comment>attachmentFailed</comment>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded.</source>
        <comment>attachmentsBusy</comment>
        <translation>Attendez la fin du téléversement des fichiers.</translation>
    </message>
    <message>
        <source>Your server offers no file upload.</source>
        <comment>uploadNotAvailable</comment>
        <translation>Votre serveur ne propose pas le téléversement de fichiers.</translation>
    </message>
    <message>
        <source>Show image {name}</source>
        <comment>showImage</comment>
        <translation>Afficher l&apos;image {name}</translation>
    </message>
    <message>
        <source>Preview link</source>
        <comment>previewLink</comment>
        <translation>Aperçu du lien</translation>
    </message>
    <message>
        <source>The text contains no web address to preview.</source>
        <comment>previewLinkMissing</comment>
        <translation>Le texte ne contient aucune adresse web à prévisualiser.</translation>
    </message>
    <message>
        <source>Loading the preview of {url}…</source>
        <comment>previewLoading</comment>
        <translation>Chargement de l&apos;aperçu de {url}…</translation>
    </message>
    <message>
        <source>Remove preview</source>
        <comment>removePreview</comment>
        <translation>Supprimer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Publish in</source>
        <comment>postTargetLabel</comment>
        <translation>Publier dans</translation>
    </message>
    <message>
        <source>My blog</source>
        <comment>postTargetBlog</comment>
        <translation>Mon blog</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openCommunity</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Back to communities</source>
        <comment>backToCommunities</comment>
        <translation>Retour aux communautés</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>communityPosts</comment>
        <translation>Publications</translation>
    </message>
    <message>
        <source>This community has no posts yet.</source>
        <comment>noCommunityPosts</comment>
        <translation>Cette communauté n&apos;a encore aucune publication.</translation>
    </message>
    <message>
        <source>Loading posts…</source>
        <comment>loadingPosts</comment>
        <translation>Chargement des publications…</translation>
    </message>
    <message>
        <source>Post in this community</source>
        <comment>newCommunityPost</comment>
        <translation>Publier dans cette communauté</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>profilePostsHeading</comment>
        <translation>Publications</translation>
    </message>
    <message>
        <source>No posts to show.</source>
        <comment>noProfilePosts</comment>
        <translation>Aucune publication à afficher.</translation>
    </message>
    <message>
        <source>{name} has no posts yet.</source>
        <comment>profileNoPosts</comment>
        <translation>{name} n&apos;a encore rien publié.</translation>
    </message>
    <message>
        <source>Explore</source>
        <comment>exploreTab</comment>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Explore</source>
        <comment>exploreHeading</comment>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Public communities</source>
        <comment>publicCommunitiesHeading</comment>
        <translation>Communautés publiques</translation>
    </message>
    <message>
        <source>No public communities found on your server.</source>
        <comment>noPublicCommunities</comment>
        <translation>Aucune communauté publique trouvée sur votre serveur.</translation>
    </message>
    <message>
        <source>Posts with the tag</source>
        <comment>tagSearchLabel</comment>
        <translation>Publications avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>travel</source>
        <comment>tagSearchPlaceholder</comment>
        <translation>voyage</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>showTag</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Posts tagged #{tag}</source>
        <comment>postsWithTag</comment>
        <translation>Publications avec l&apos;étiquette #{tag}</translation>
    </message>
    <message>
        <source>No public posts with this tag are known yet.</source>
        <comment>noTaggedPosts</comment>
        <translation>Aucune publication publique avec cette étiquette n&apos;est encore connue.</translation>
    </message>
    <message>
        <source>{name} commented on your post</source>
        <comment>commentNotificationTitle</comment>
        <translation>{name} a commenté votre publication</translation>
    </message>
    <message>
        <source>{name} likes your post</source>
        <comment>likeNotificationTitle</comment>
        <translation>{name} aime votre publication</translation>
    </message>
    <message>
        <source>New post in {community}</source>
        <comment>communityPostNotificationTitle</comment>
        <translation>Nouvelle publication dans {community}</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <comment>communityPostNotificationBody</comment>
        <translation>{name} : {title}</translation>
    </message>
    <message>
        <source>The Salon server cannot be reached. Try again later.</source>
        <comment>salonServerUnreachable</comment>
        <translation>Le serveur Salon est injoignable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Reconnecting to the Salon server…</source>
        <comment>salonReconnecting</comment>
        <translation>Reconnexion au serveur Salon…</translation>
    </message>
    <message>
        <source>The connection to the Salon server was lost and your session there has ended. Sign in again.</source>
        <comment>salonSessionExpired</comment>
        <translation>La connexion au serveur Salon a été perdue et votre session sur ce serveur a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signing out failed because the Salon server cannot be reached. Try again.</source>
        <comment>signOutFailed</comment>
        <translation>La déconnexion a échoué car le serveur Salon est injoignable. Réessayez.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <comment>sessionEnded</comment>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <comment>sessionEndedSignedOut</comment>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <source>The Salon server is shutting down. Sign in again in a few minutes.</source>
        <comment>sessionEndedServerShutdown</comment>
        <translation>Le serveur Salon est en cours d&apos;arrêt. Reconnectez-vous dans quelques minutes.</translation>
    </message>
    <message>
        <source>Your session ended after a long time without an open page. Sign in again.</source>
        <comment>sessionEndedIdleTimeout</comment>
        <translation>Votre session a pris fin après une longue période sans page ouverte. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session stopped responding and was ended. Sign in again.</source>
        <comment>sessionEndedLinkerStalled</comment>
        <translation>Votre session ne répondait plus et a été fermée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session used more resources than the Salon server allows and was ended. Sign in again.</source>
        <comment>sessionEndedLinkerLimitExceeded</comment>
        <translation>Votre session a utilisé plus de ressources que le serveur Salon n&apos;en autorise et a été fermée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This page sent too many requests to the Salon server and was disconnected. Reload the page to continue.</source>
        <comment>sessionEndedTabFlooding</comment>
        <translation>Cette page a envoyé trop de requêtes au serveur Salon et a été déconnectée. Rechargez la page pour continuer.</translation>
    </message>
</context>
</TS>
