<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Account</name>
        <message>
            <location filename="../src/core/Account.cpp" line="+357" />
            <source>This is not a valid address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wrong address or password. Check them and sign in again.</source>
            <translation>Falsche Adresse oder falsches Passwort. Prüfen Sie beide und melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server cannot be reached. Salon keeps trying; check your network or the server's address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server's certificate is not trusted, so Salon did not connect. Ask the server's administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server does not offer an encrypted connection, so Salon did not connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The connection to the server was lost. Salon is reconnecting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server closed the connection with an error. Salon is reconnecting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddContactDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/AddContactDialog.qml" line="+66" />
            <source>Add Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Salon adds the contact and asks to see their presence. You see them online once they accept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location line="+11" />
            <source>XMPP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>name@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Group (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentFileDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/AttachmentFileDialog.qml" line="+14" />
            <source>Choose a File to Send</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentView</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/AttachmentView.qml" line="+66" />
            <source>Open %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AvatarFileDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/AvatarFileDialog.qml" line="+16" />
            <source>Choose an Image for Your Avatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AvatarPublisher</name>
        <message>
            <location filename="../src/media/AvatarPublisher.cpp" line="+36" />
            <source>Choose an image file on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Salon is still preparing the previous image. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The file "%1" is empty. Choose an image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Salon could not read the file "%1". Check that it exists and that you may open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file "%1" is larger than %2 MB. Choose a smaller image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The image "%1" is larger than %2 × %2 pixels. Choose a smaller image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file "%1" is not an image that Salon can read. Choose a PNG, JPEG, GIF or WebP image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Salon could not convert the image "%1" for publishing. Try another image.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AvatarService</name>
        <message>
            <location filename="../src/core/AvatarService.cpp" line="+550" />
            <source>The avatar image is larger than %1 KB after scaling. Choose a simpler image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Salon could not publish your avatar: the image data is not a PNG, JPEG, GIF or WebP image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You are offline. Change your avatar once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>You are offline. Remove your avatar once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>the server rejected it (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Salon could not change your avatar: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BlockedContactsSection</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/BlockedContactsSection.qml" line="+22" />
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You do not receive their messages or presence, and they do not see yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Unblock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unblock %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BlockingService</name>
        <message>
            <location filename="../src/core/BlockingService.cpp" line="+225" />
            <source>Salon could not block %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Salon could not unblock %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is your own address. Choose the address of someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You are offline. Block or unblock addresses once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Salon cannot block or unblock %1: the server does not support blocking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>the server does not accept this address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the server does not support blocking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the server does not allow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server reported an error. Try again later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookmarksService</name>
        <message>
            <location filename="../src/core/BookmarksService.cpp" line="+180" />
            <location line="+31" />
            <source>This is not a valid room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <location line="+31" />
            <source>You are offline. Try again once you are connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>The server rejected the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Salon could not remove your bookmark of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Salon could not save your bookmark of %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BrowserUploads</name>
        <message>
            <location filename="../src/headless/linker/BrowserUploads.cpp" line="+34" />
            <source>The method %1.%2 takes %3 arguments, not %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Argument %1 of %2.%3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The upload key must have 1 to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The object "%1" has no method "%2" that can be called.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>An upload with the key "%1" is already running in this tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The file %1 is empty. Choose a file with content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your server does not accept files, so %1 cannot be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The file %1 is %2, more than the %3 that your server accepts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The file %1 is %2, more than the %3 that Salon sends through the web page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This tab is sending %1 files already. Wait until one is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+34" />
            <location line="+22" />
            <source>Salon could not store the file %1 on the server. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <location line="+32" />
            <source>There is no upload with the key "%1" in this tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <location line="+4" />
            <source>A chunk must have 1 to %1 bytes, in base64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The file %1 is larger than the size given when its upload began. Send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Only %1 of the %2 bytes of %3 arrived. Send the rest before finishing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Salon could not send the file %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatService</name>
        <message>
            <location filename="../src/core/ChatService.cpp" line="+297" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The message is empty. Write something before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The message is longer than %1 characters. Split it into several messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+178" />
            <source>Your message to %1 could not be delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+158" />
            <source>Salon could not export the conversation: the address or the format is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This account keeps no message history, so there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>You have no message to %1 to correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Only your own messages can be retracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The message you reply to is no longer in the conversation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The message you react to is no longer in the conversation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatTime</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ChatTime.js" line="+12" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 min</source>
            <comment>minutes since a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChatsPage</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ChatsPage.qml" line="+27" />
            <source>Chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Search Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search the messages of all conversations (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>No conversations yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open a contact and choose Send Message to start a conversation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../src/ui/CommandLine.cpp" line="+20" />
            <source>XMPP address (bare JID) of the account, such as alice@example.org. Without --password-stdin it is only filled into the sign-in page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>JID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Read the password from the first line of standard input and sign in at start. Needs --jid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Host name or IP address of the XMPP server. Default: found through the JID domain's DNS SRV records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>HOST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>TCP port of the XMPP server, 1 to 65535. Default: the SRV record's port, or 5222.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PORT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PEM file of certificate authorities to trust in addition to the system's, for a server with a private CA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+9" />
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>Cache of everything Salon has seen: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: sqlite:%1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Once the contact list shows its contacts, save a PNG screenshot of the window to FILE and keep running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Salon, a social XMPP client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Unexpected argument: %1. Run with --help to list the options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>--password-stdin needs --jid: give the JID to sign in with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>--xmpp-host is empty: give a host name or an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>--screenshot is empty: give the path of the PNG file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Invalid --xmpp-port value "%1": give a TCP port from 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the --ca-certificates file %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The --ca-certificates file %1 contains no PEM certificate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/social/CommentDelegate.qml" line="+31" />
            <source>Comment by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>%1 · waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Delete Comment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentsSection</name>
        <message>
            <location filename="../resources/qml/org/salon/social/CommentsSection.qml" line="+40" />
            <source>Your like could not be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The post could not be liked. Make sure that you are signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The comment could not be sent. Make sure that you are signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>♥ %1</source>
            <comment>like button with the number of likes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>♥</source>
            <comment>like button</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Unlike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Liked by %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n comment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>This comment can no longer be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Write a comment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentsService</name>
        <message>
            <location filename="../src/core/CommentsService.cpp" line="+546" />
            <source>You have not liked this post.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>This comment is no longer available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Only the author of this comment or the owner of the post may delete it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunitiesPage</name>
        <message>
            <location filename="../resources/qml/org/salon/social/CommunitiesPage.qml" line="+47" />
            <source>Communities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Create Community…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>%1 offers no community service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Your server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Subscribed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Subscribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Discover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>No communities yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discover the communities of your server or of any other, or create one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Server, such as example.org; empty for yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>No communities on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No service chosen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityConfigurationDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/social/CommunityConfigurationDialog.qml" line="+40" />
            <source>Loading the community's configuration…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Configure %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityDelegate</name>
        <message numerus="yes">
            <location filename="../resources/qml/org/salon/social/CommunityDelegate.qml" line="+64" />
            <source>%1 · %n subscriber(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unsubscribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Subscribe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityDirectory</name>
        <message>
            <location filename="../src/core/CommunityDirectory.cpp" line="+99" />
            <source>“%1” is not a valid address of a community service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Salon could not list the communities of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Salon could list only some communities of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+150" />
            <source>the service sent an invalid response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the service was not found. Check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the service's server did not respond in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the service does not allow you to list its communities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the address is not a community service, or the service does not list its communities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the service reported an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the service reported an error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityFormRequests</name>
        <message>
            <location filename="../src/headless/linker/CommunityFormRequests.cpp" line="+46" />
            <source>The method "%1" of "communities" takes two strings, the service address and the node.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>"%1" with the node "%2" names no community. A service address looks like pubsub.example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>This tab has too many conversations, rooms and forms open. Close one before configuring a community.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunityService</name>
        <message>
            <location filename="../src/core/CommunityService.cpp" line="+157" />
            <location line="+32" />
            <location line="+275" />
            <location line="+40" />
            <location line="+78" />
            <source>This is not a valid community address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-366" />
            <source>Subscribe to the community before choosing its notifications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+183" />
            <source>This is not a valid address of a community service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose who may read the community: open, presence, roster, authorize or whitelist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Give the community a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The community's name is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>%1 rejected the community's settings. It may not support the access model “%2”. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>The community %1 sent no configuration form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Load the community's configuration before saving it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The community's configuration has no field "%1" that can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>The service %1 was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This community does not exist on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This community does not allow you to subscribe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not allow you to create communities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only the owners of a community may configure it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only the owners of a community may delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A community with this name exists already on %1. Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 does not support creating communities with these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The service rejected the configuration. Check the values and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The service rejected the configuration: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComposerBanner</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ComposerBanner.qml" line="+62" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/ContactDelegate.qml" line="+41" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Free to chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Away for a long time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Do not disturb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Send Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>View Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Unblock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>– %1</source>
            <comment>status text after the presence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Actions for %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/ContactsPage.qml" line="+54" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+187" />
            <source>Add Contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-185" />
            <source>Add a contact and ask to see their presence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Edit My Profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Edit the profile that others see</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+75" />
            <source>Asked %1 to share their presence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>No group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>No contacts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>People you add to your contacts, and people who accept your requests, appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message numerus="yes">
            <location filename="../resources/qml/org/salon/chat/ConversationDelegate.qml" line="+29" />
            <source>%1, %n unread</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+61" />
            <source>You: %1</source>
            <comment>preview of the user's own message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>99+</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationExportRequests</name>
        <message>
            <location filename="../src/headless/linker/ConversationExportRequests.cpp" line="+61" />
            <source>The method chats.exportConversation takes two arguments, the chat address and the format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The export format must be "text" or "json".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationExporter</name>
        <message numerus="yes">
            <location filename="../resources/qml/org/salon/chat/ConversationExporter.qml" line="+68" />
            <source>Exported %n messages to %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+28" />
            <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationPage</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ConversationPage.qml" line="+68" />
            <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Export Conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>As Plain Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>As JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+84" />
            <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>The message is no longer in this conversation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 is typing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationRequests</name>
        <message>
            <location filename="../src/headless/linker/ConversationRequests.cpp" line="+56" />
            <source>The method "%1" of "chats" takes two arguments, the chat address and the message id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The method "%1" of "chats" takes one argument, the chat address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The conversation with %1 is not open. Open it before loading older messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>This tab has %1 conversations open already. Close one before opening another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Argument 2 of chats.revealMessage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The conversation with %1 is not open. Open it before showing one of its messages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateCommunityDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/social/CreateCommunityDialog.qml" line="+37" />
            <source>Create Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Who may read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>People who see my presence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contacts in my roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>People I approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only people I add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>PubSub service, such as pubsub.example.org</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteCommunityDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/social/DeleteCommunityDialog.qml" line="+24" />
            <source>Delete Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Delete %1 with all its posts? Its subscribers are told that it is gone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteMessageDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/DeleteMessageDialog.qml" line="+25" />
            <source>Delete for Everyone?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The message will be replaced by “This message was deleted” here and for the other person, as far as their app supports it. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeletePostDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/social/DeletePostDialog.qml" line="+27" />
            <source>Delete Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Delete the post “%1” and its comments for everyone?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete this post and its comments for everyone?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <location filename="../src/ui/DesktopApp.cpp" line="+283" />
            <source>The main window could not be loaded from %1; the QML errors are logged above.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DestroyRoomDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/DestroyRoomDialog.qml" line="+29" />
            <source>Destroy Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Destroy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Destroy %1? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Alternate room (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Address of a room to go to instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditProfileDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/EditProfileDialog.qml" line="+113" />
            <source>Edit My Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Anyone who knows your address can see these fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Avatar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Change Avatar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Remove Avatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Changing the avatar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Nickname:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>About:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Website:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Location:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExplorePage</name>
        <message>
            <location filename="../resources/qml/org/salon/social/ExplorePage.qml" line="+43" />
            <source>Explore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Communities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No public communities found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Tag, such as news</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>No public posts with #%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Choose a tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Public posts of your own blog and of the communities you follow show here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFileDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ExportFileDialog.qml" line="+18" />
            <source>Export Conversation as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Export Conversation as Plain Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedPage</name>
        <message>
            <location filename="../resources/qml/org/salon/social/FeedPage.qml" line="+61" />
            <source>Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Continue Draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New Post…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Mark All Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Communities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your communities, and communities to discover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Explore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Public communities and posts by tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>My Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The posts of your blog, as others see them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>Load Older Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>No posts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Posts of your contacts and your own posts show here. Write the first one with New Post.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileTransferService</name>
        <message>
            <location filename="../src/core/FileTransferService.cpp" line="+168" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Choose a file on this computer to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+120" />
            <source>Salon could not read the file %1. Check that it exists and that you may open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-116" />
            <source>The file %1 is empty. Choose a file with content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your server does not accept files, so %1 cannot be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The file %1 is %2, more than the %3 that your server accepts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You are offline. Send %1 once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Salon could not request an upload of %1 from your server. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Your server did not reply to the upload request for %1. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Your server refused the upload of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your server refused the upload of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Your server offered an invalid upload address for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The file %1 changed while it was being sent. Send it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>The upload of %1 failed: the server %2 replied with HTTP status %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The upload of %1 failed: %2. Check your connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>This message has no file to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Salon downloads files only from http and https addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Salon could not create the download folder %1. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Salon could not write %1 into the folder %2. Check that you may write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>The file %1 is larger than %2. Download it anyway if you want it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The download of %1 failed: the server %2 replied with HTTP status %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The download of %1 failed: %2. Check your connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Salon could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The upload of %1 was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+129" />
            <source>bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>TB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IniFile</name>
        <message>
            <location filename="../src/headless/server/IniFile.cpp" line="+13" />
            <source>Cannot read the configuration file "%1": %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 line %2: sections such as "%3" are not used; write every key at the top level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 line %2: expected "key = value", found "%3".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 line %2: key "%3" is set already on line %4.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvitationsSection</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/InvitationsSection.qml" line="+21" />
            <source>Invitations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>%1 invites you to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 invites you to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/InviteDialog.qml" line="+39" />
            <source>Invite to Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Contact or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Search contacts or type an address, such as bob@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IqResponse</name>
        <message>
            <location filename="../src/core/IqResponse.cpp" line="+12" />
            <source>the server did not respond in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the connection was lost before the server responded. Try again once Salon is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>you are offline. Try again once Salon is connected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkPreviewService</name>
        <message>
            <location filename="../src/core/LinkPreviewService.cpp" line="+101" />
            <source>Only web addresses that start with http:// or https:// can be previewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>The page could not be loaded: the server %1 was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Salon does not preview pages on local or private network addresses such as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <location line="+84" />
            <source>The page %1 did not load within %2 seconds. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The address %1 is not a web page, so it has no preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The page %1 redirects too often or to an unsafe address, so it has no preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The page %1 is too large to preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The page %1 could not be loaded: the server replied with HTTP status %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The page %1 could not be loaded: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkerConfig</name>
        <message>
            <location filename="../src/headless/linker/LinkerConfig.cpp" line="+20" />
            <source>Runs Salon's core for one account on behalf of salon-server. Frames of the server's protocol arrive on standard input and leave on standard output; the log goes to standard error. The first frame must be signIn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>XMPP server host, instead of the SRV lookup of the JID's domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>HOST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>XMPP server port (default: 5222 or the SRV record's port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PORT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PEM file of certificate authorities trusted in addition to the system's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delay before the first reconnection attempt, in milliseconds (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>MS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cache: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: none, nothing is kept on disk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lowest severity logged: debug, info, warning or critical (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>LEVEL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delay after the last browser tab closed until the account's presence becomes away, in seconds (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>SECONDS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Limit of the process's data memory (heap, thread stacks), in MiB; when an allocation fails, the linker exits with status 3 (default: 0, no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>MIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language of the messages sent to the browser, as a tag such as fr or de (default: en).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>TAG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Render the server's public pages of users' public posts from the cache, instead of signing in to an account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Unexpected argument: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Invalid --xmpp-port value "%1": expected a port from 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Cannot read the CA certificates file "%1": %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The CA certificates file "%1" contains no PEM certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Invalid --reconnect-delay value "%1": expected a positive number of milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Invalid --away-delay value "%1": expected a number of seconds, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Invalid --memory-limit value "%1": expected a number of MiB from 0 (no limit) to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Invalid --log-level value "%1": expected debug, info, warning or critical.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkerSession</name>
        <message>
            <location filename="../src/headless/linker/LinkerSession.cpp" line="+577" />
            <source>The request "%1" is not supported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../resources/qml/org/salon/desktop/Main.qml" line="+34" />
            <source>%1 – Salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+241" />
            <source>Chats (%1)</source>
            <comment>with the number of unread messages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Rooms (@%1)</source>
            <comment>with the number of unread mentions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rooms (%1)</source>
            <comment>with the number of unread messages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Feed (%1)</source>
            <comment>with the number of unread posts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sign Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disconnect %1 from the server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageActionsMenu</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/MessageActionsMenu.qml" line="+49" />
            <source>Remove your reaction %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>React with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Delete for Everyone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Remove Message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Copy Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageComposer</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/MessageComposer.qml" line="+109" />
            <source>Editing your message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Replying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Attach File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Write a message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/MessageDelegate.qml" line="+62" />
            <source>Removed by a moderator: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Removed by a moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+114" />
            <source>This message was deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>edited</source>
            <comment>marker of a corrected message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Message actions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageEditService</name>
        <message>
            <location filename="../src/core/MessageEditService.cpp" line="+125" />
            <source>This person attempted to retract a previous message, but your client does not support it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageList</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/MessageList.qml" line="+167" />
            <source>No messages yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write the first message to %1 below.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageNotifier</name>
        <message>
            <location filename="../src/ui/MessageNotifier.cpp" line="+81" />
            <source>%1 new messages. The newest: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark as read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reply to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageReveals</name>
        <message>
            <location filename="../src/headless/linker/MessageReveals.cpp" line="+46" />
            <source>The message is no longer in the conversation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Showing the message was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageSearchPage</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/MessageSearchPage.qml" line="+28" />
            <source>Search Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Search in all conversations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Search your messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No messages found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type words that the messages contain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No message contains every word of “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MicroblogService</name>
        <message>
            <location filename="../src/core/MicroblogService.cpp" line="+623" />
            <source>This post is no longer in your feed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only the author of this post or the owner of the community may change it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MucServiceFinder</name>
        <message>
            <location filename="../src/core/MucServiceFinder.cpp" line="+86" />
            <source>the server does not list its services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Salon could not look for group chat services on %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationBridge</name>
        <message>
            <location filename="../src/ui/NotificationBridge.cpp" line="+55" />
            <source>Connection lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Connected again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 is online again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>%1 wants to see when you are online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 wants to see when you are online. Their message: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Contact request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectInvoker</name>
        <message>
            <location filename="../src/headless/modelsync/ObjectInvoker.cpp" line="+59" />
            <source>An invoke request needs an object and a method name and, if given, an array of arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>There is no object named "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The object "%1" has no method "%2" that can be called.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Argument %1 of %2.%3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The method %1.%2 could not be called with these arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The method %1.%2 takes %3 arguments, not %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>expected a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+7" />
            <source>expected an array of strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>expected true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>expected a whole number from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>expected a whole number from -2^53 to 2^53</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>expected a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>the parameter type %1 cannot be given from JSON</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OccupantDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/OccupantDelegate.qml" line="+43" />
            <source>Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Visitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>%1 (you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Grant Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Revoke Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Make Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Revoke Moderator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Make Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Make Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Make Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Remove Affiliation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Kick %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ban %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OccupantsPanel</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/OccupantsPanel.qml" line="+65" />
            <source>Occupants (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Occupants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Ban %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kick %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Make %1 (%2) an owner of this room? Owners may change its configuration, its admins and owners, and destroy it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Make %1 (%2) an admin of this room? Admins may ban occupants and change members and moderators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Make %1 (%2) a member of this room? They lose the rights of an admin or owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remove the affiliation of %1 (%2) with this room? They lose the rights of an admin or owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Change Affiliation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerMenuButton</name>
        <message>
            <location filename="../resources/qml/org/salon/social/OwnerMenuButton.qml" line="+15" />
            <source>Owner Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Configure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostAttachments</name>
        <message>
            <location filename="../resources/qml/org/salon/social/PostAttachments.qml" line="+64" />
            <source>Show Image: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source> (%1 KiB)</source>
            <comment>size of an attachment</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostComposer</name>
        <message>
            <location filename="../resources/qml/org/salon/social/PostComposer.qml" line="+93" />
            <source>My blog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+147" />
            <source>This post can no longer be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Write a title, a text or attach a file before publishing, and make sure that you are signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Edit Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Discard Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+114" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Text (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>What's new? **bold**, *italic* and [links](https://example.org) work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Choose a File to Attach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Attach File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Preview Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fetches %1 to show its title and description; the site learns your address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Remove Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Separated by commas or spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Publish in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Visible to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Contacts only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Your posts share one visibility: the one chosen here applies to all of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/social/PostDelegate.qml" line="+92" />
            <source>Unread post by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Post by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 · waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>New</source>
            <comment>marks an unread post</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>#%1</source>
            <comment>a tag of a post</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostListPage</name>
        <message>
            <location filename="../resources/qml/org/salon/social/PostListPage.qml" line="+44" />
            <source>Posts of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Post Here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write a post in this community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Configure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete Community…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>This post can no longer be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Load Older Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No posts yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostRequests</name>
        <message numerus="yes">
            <location filename="../src/headless/linker/PostRequests.cpp" line="+72" />
            <source>The method "%1" of "%2" takes %n argument(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The arguments of "%1.%2" must be strings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The service address is empty. Name a user or a PubSub service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The tag is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>"%1" is not the address of a comments node. It looks like xmpp:pubsub.example.org?;node=NODE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+24" />
            <source>This tab has too many comments and pages open. Close one before opening another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>The posts of "%1" cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The posts page "%1" is not open. Open it before loading more posts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostText</name>
        <message>
            <location filename="../src/ui/PostText.cpp" line="+22" />
            <source>[image]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>[image: %1]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileService</name>
        <message>
            <location filename="../src/core/ProfileService.cpp" line="+79" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You are offline. Salon shows the profile of %1 once it is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Salon could not save your profile: the profile fields are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The profile field "%1" is longer than %2 characters. Shorten it and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You are offline. Save your profile once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>Salon could not request the profile of %1: you are offline. Try again once Salon is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Salon could not load the profile of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+150" />
            <source>Salon could not save your profile: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>the server does not support profiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the server does not allow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the other server cannot be reached. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server reported an error. Try again later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileSheet</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/ProfileSheet.qml" line="+32" />
            <source>Last seen just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Last seen today at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last seen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Profile of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Loading the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 has not published a profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Nickname:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>About:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+9" />
            <source>Website:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Location:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PubSubResult</name>
        <message>
            <location filename="../src/core/PubSubResult.cpp" line="+139" />
            <source>The server did not answer in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>You are offline. Try again once you are connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server does not have this anymore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server does not allow you to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This exists already or was changed meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server keeps this with other settings than requested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server does not support this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server rejected the request as invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server sent an invalid answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server reported an error: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PubSubServiceFinder</name>
        <message>
            <location filename="../src/core/PubSubServiceFinder.cpp" line="+60" />
            <source>“%1” is not a valid server address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>Salon could not look for community services on %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PublicBlogRenderer</name>
        <message>
            <location filename="../src/core/PublicBlogRenderer.cpp" line="+70" />
            <source>en</source>
            <comment>the language of this translation, as an HTML lang value</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <location line="+33" />
            <source>Public posts of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-29" />
            <source>Atom feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There are no public posts yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Blog not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This address has no public posts on this server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PublicRoomsPage</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/PublicRoomsPage.qml" line="+38" />
            <source>Public Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Group chat service, such as conference.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Filter rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>%1 (%2)</source>
            <comment>room name with its number of occupants</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 · password protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Listing rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No public rooms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReactionChips</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ReactionChips.qml" line="+34" />
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>%1 %2</source>
            <comment>a reaction's emoji and how many reacted with it</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1, %n reactions including yours</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1, %n reactions</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 reacted with %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoveContactDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/RemoveContactDialog.qml" line="+17" />
            <source>Remove %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 will be removed from your contacts, and you will no longer see each other's presence.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RenameContactDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/RenameContactDialog.qml" line="+16" />
            <source>Rename %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+9" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>No name: show the address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplyQuote</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/ReplyQuote.qml" line="+21" />
            <source>Reply to: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the quoted message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomConfigurationDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/RoomConfigurationDialog.qml" line="+40" />
            <source>Loading the room's configuration…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Configure Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomConfigurationService</name>
        <message>
            <location filename="../src/core/RoomConfigurationService.cpp" line="+62" />
            <location line="+76" />
            <source>This is not a valid room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-54" />
            <source>The room %1 sent no configuration form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Load the room's configuration before saving it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The room's configuration has no field "%1" that can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+96" />
            <location line="+13" />
            <source>The room's configuration failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Only the room's owners may configure it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This room does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The room rejected the configuration. Check the values and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The room rejected the configuration: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/RoomDelegate.qml" line="+23" />
            <source>Joining…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Join failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>@%1</source>
            <comment>number of unread mentions of the user</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomDirectory</name>
        <message>
            <location filename="../src/core/RoomDirectory.cpp" line="+95" />
            <source>“%1” is not a valid address of a group chat service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Salon could not list the rooms of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Salon could list only some rooms of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>the service sent an invalid response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the service was not found. Check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the service's server did not respond in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the service does not allow you to list its rooms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the address is not a group chat service, or the service does not list its rooms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the service reported an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the service reported an error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomFormDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/RoomFormDialog.qml" line="+64" />
            <source>Create Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Join Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Room address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>name or name@%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>name@conference.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your account name when empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Password</source>
            <translation type="unfinished">Passwort</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only for protected rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Configure before opening</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomFormRequests</name>
        <message>
            <location filename="../src/headless/linker/RoomFormRequests.cpp" line="+46" />
            <source>The method "%1" of "roomConfiguration" takes one argument, the room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a valid room address. An address looks like room@conference.example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>This tab has too many conversations and rooms open. Close one before configuring a room.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomInvitations</name>
        <message>
            <location filename="../src/core/RoomInvitations.cpp" line="+330" />
            <source>you may not invite others to this room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the room was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>this address was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the server reported an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Salon could not invite %1 to %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This is not a valid room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Salon could not invite someone to %1: the address of the invitee is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+52" />
            <source>Salon could not invite %1 to %2: you are offline. Try again once you are connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+13" />
            <source>There is no invitation to this room.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomMentionNotifier</name>
        <message>
            <location filename="../src/ui/RoomMentionNotifier.cpp" line="+73" />
            <source>%1 mentioned you. %2 unread mentions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 mentioned you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark as read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomMessageService</name>
        <message>
            <location filename="../src/core/RoomMessageService.cpp" line="+449" />
            <location line="+267" />
            <source>Join the room first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-263" />
            <source>The message is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The message is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Salon could not save your message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>The room %1 did not accept your message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+127" />
            <source>You have no message in %1 to correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Salon could not send the correction. Check your connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Only your own messages can be retracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+30" />
            <location line="+27" />
            <source>The room has not confirmed this message yet. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>Salon could not send the retraction. Check your connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The message you react to is no longer in the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Salon could not send the reaction. Check your connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The message you reply to is no longer in the room.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomModeration</name>
        <message>
            <location filename="../src/core/RoomModeration.cpp" line="+71" />
            <location line="+146" />
            <location line="+63" />
            <source>Join the room first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-204" />
            <source>The alternate room address is not valid. Enter another room's address, such as team@conference.example.org, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Only the room's owners may destroy it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>This room does not support removing messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only moderators of the room can remove messages of others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The room does not know this message, so it cannot be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The room did not remove the message. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The room does not show the address of %1, so Salon cannot ban them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This role change is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>This affiliation change is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The room does not allow you to do this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomPage</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/RoomPage.qml" line="+93" />
            <source>The message you edit is no longer your newest one, so it cannot be corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Occupants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Change Nickname…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Set Subject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Configure Room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Invite…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Join on Sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Leave Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Destroy Room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+109" />
            <source>Invited %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Remove Message for Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Change Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nickname</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Set Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomRequests</name>
        <message>
            <location filename="../src/headless/linker/RoomRequests.cpp" line="+57" />
            <source>The method "revealMessage" of "roomMessages" takes two arguments, the room address and the message id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The method "%1" of "roomMessages" takes one argument, the room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a valid room address. An address looks like room@conference.example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>You are not in the room %1. Join it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>This tab has too many conversations and rooms open. Close one before opening another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The room %1 is not open. Open it before loading older messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Argument 2 of roomMessages.revealMessage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The room %1 is not open. Open it before showing one of its messages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomService</name>
        <message>
            <location filename="../src/core/RoomService.cpp" line="+207" />
            <source>The room %1 rejected your change: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>This is not a valid room address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The nickname is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>You are offline. Try again once you are connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>The room did not respond in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <location line="+242" />
            <source>This room does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-238" />
            <source>The server of this room cannot be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>This nickname is taken in the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The room rejected the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>A moderator removed you from the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+85" />
            <source>You are banned from this room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-83" />
            <source>The room is now for members only, and you are no member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The room's service shut down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The room ended your stay, for example because it was destroyed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>This nickname is taken in the room. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This room needs a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This room is for members only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The room is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You may not create rooms on this service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The room needs a nickname.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The room rejected the join: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>The new room could not be opened to others. Try to leave and create it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <location line="+16" />
            <source>Join the room first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>The nickname must have 1 to %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The subject is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomsPage</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/RoomsPage.qml" line="+24" />
            <source>Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Join Room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Create Room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Browse Public Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>List the public rooms of a group chat service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+90" />
            <source>No rooms yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Join a room by its address, create one, or browse the public rooms of your server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterService</name>
        <message>
            <location filename="../src/core/RosterService.cpp" line="+147" />
            <source>Salon could not add %1 to your contacts: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Salon could not accept the request of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Salon could not remove %1 from your contacts: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 is not in your contacts, so it cannot be renamed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Salon could not rename %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not in your contacts, so its groups cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Salon could not change the groups of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>Your request to see the presence of %1 could not be delivered: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>"%1" is not a valid chat address. An address looks like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is your own address. Choose the address of someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You are offline. Change your contacts once Salon is connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>%1 The server's explanation: "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>the contact is not in your contact list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the server does not accept this address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the server does not allow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the server does not accept the name or the groups. Try shorter ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server has no room for more contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the contact's server cannot be reached. Check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the address does not accept requests. Check the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server reported an error. Try again later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResultDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/SearchResultDelegate.qml" line="+34" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>You: </source>
            <comment>before the user's own message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: </source>
            <comment>before a room message of the nickname</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerConfig</name>
        <message>
            <location filename="../src/headless/server/ServerConfig.cpp" line="+179" />
            <source>Serves Salon's web front end and starts one linker process per signed-in browser session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Unexpected argument: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>%1 line %2: unknown key "%3"; the keys are the long options of salon-server --help without dashes, except config and check-config.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 line %2, key %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1: invalid value "%2": %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>expected a whole number of %1 from %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>expected an IP address and a port, such as 127.0.0.1:8080 or [::1]:8080</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>expected a port from 1 to 65535</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>cannot read the CA certificates file "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>"%1" contains no PEM certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1: invalid database URL: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>milliseconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location line="+3" />
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>expected debug, info, warning or critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>%1 is set, but %2 is missing: a TLS port needs both the certificate and its private key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 and %2: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>"%1" is not a domain name; expected a comma-separated list such as example.org, example.net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>expected a domain name such as example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the default domain must be one of allowed-domains (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>expected a bare JID such as blogs@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is set, but public-account-password-file is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>cannot read the password file "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is set, but public-account is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The linker %1 is not an executable file; set it with --linker or the linker key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot listen on the address %1: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../src/headless/server/Session.cpp" line="+28" />
            <location line="+1" />
            <source>The server of your account did not answer in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>You were signed out because no page of this session was open for a long time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <location filename="../src/headless/server/SessionManager.cpp" line="+116" />
            <source>Your session has ended. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The message has no type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This session is signed in already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>You signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The server is shutting down. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server is shutting down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Signing in failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+34" />
            <source>The server could not sign in to your account. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <location line="+34" />
            <source>The connection to your account stopped unexpectedly. Sign in again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionApi</name>
        <message>
            <location filename="../src/headless/server/SessionApi.cpp" line="+72" />
            <location line="+115" />
            <source>The request did not come from this site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-109" />
            <source>The request must be JSON.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Too many failed sign-ins from your address. Try again in %n second(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter your address and your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Enter an address of the form name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Accounts of %1 cannot sign in on this server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server is shutting down. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server has reached its maximum number of sessions. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Sign in to continue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../resources/qml/org/salon/account/SignInPage.qml" line="+27" />
            <location line="+102" />
            <source>Sign In</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Welcome to Salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Sign in with the address and password of your XMPP account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+13" />
            <source>XMPP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>name@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+16" />
            <source>Password</source>
            <translation type="unfinished">Passwort</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SocialNotifier</name>
        <message>
            <location filename="../src/ui/SocialNotifier.cpp" line="+71" />
            <source>New reactions to your post “%1”. Comments: %2, likes: %3. Latest by %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 likes your post “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 commented on your post “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>New comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>%1 new posts in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 posted “%2” in %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New post in a community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>a post</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubnetList</name>
        <message>
            <location filename="../src/headless/server/SubnetList.cpp" line="+42" />
            <source>"%1" is not an IP address or a subnet such as 10.0.0.0/8 or fd00::/8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>"%1" has an invalid prefix length: expected 0 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubscriptionDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/social/SubscriptionDelegate.qml" line="+49" />
            <source>%1 on %2 · waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Notify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Unsubscribe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubscriptionRequestDelegate</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestDelegate.qml" line="+59" />
            <source>Wants to see when you are online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Accept the request of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decline the request of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubscriptionRequestsSection</name>
        <message>
            <location filename="../resources/qml/org/salon/contacts/SubscriptionRequestsSection.qml" line="+22" />
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tab</name>
        <message>
            <location filename="../src/headless/server/Tab.cpp" line="+99" />
            <source>This tab sent too many requests and was closed. Reload the page to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>The page sent an invalid message.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextFileWriter</name>
        <message>
            <location filename="../src/ui/TextFileWriter.cpp" line="+22" />
            <source>Salon can only save to a file on this computer, not to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Salon could not save %1: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextPromptDialog</name>
        <message>
            <location filename="../resources/qml/org/salon/rooms/TextPromptDialog.qml" line="+11" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TlsCredentials</name>
        <message>
            <location filename="../src/headless/server/TlsCredentials.cpp" line="+70" />
            <source>cannot read the TLS certificate file "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>"%1" contains no PEM certificate ("-----BEGIN CERTIFICATE-----")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the TLS certificate in "%1" expired on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the TLS certificate in "%1" is valid only from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>cannot read the TLS key file "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"%1" contains no unencrypted PEM private key with RSA, EC or DSA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the private key in "%1" does not belong to the certificate in "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Qt cannot load the private key in "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnreadTrayIcon</name>
        <message>
            <location filename="../src/ui/UnreadTrayIcon.cpp" line="+13" />
            <location line="+4" />
            <source>Salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>1 unread message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 unread messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No unread messages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UploadsBar</name>
        <message>
            <location filename="../resources/qml/org/salon/chat/UploadsBar.qml" line="+57" />
            <source>Sending %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../src/ui/main.cpp" line="+28" />
            <source>Password: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>--password-stdin: standard input has no password on its first line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>web</name>
        <message>
            <source>Salon</source>
            <comment>appName</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in with your XMPP account</source>
            <comment>appTagline</comment>
            <translation>Melden Sie sich mit Ihrem XMPP-Konto an</translation>
        </message>
        <message>
            <source>Chat address</source>
            <comment>jidLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@example.org</source>
            <comment>jidPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name or name@{domain}</source>
            <comment>jidPlaceholderWithDomain</comment>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <comment>signOut</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <comment>contactsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have no contacts yet.</source>
            <comment>noContacts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contacts</source>
            <comment>ungrouped</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} contacts</source>
            <comment>groupCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 contact</source>
            <comment>groupCountOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add contact</source>
            <comment>addContact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a contact</source>
            <comment>addContactTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat address</source>
            <comment>contactJidLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (optional)</source>
            <comment>contactNameLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group (optional)</source>
            <comment>contactGroupLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <comment>addContactSubmit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <comment>close</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the chat address of the contact.</source>
            <comment>addContactMissingJid</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a chat address. An address looks like name@example.org.</source>
            <comment>addContactInvalidJid</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {jid} and asked to see their presence. They appear online once they accept.</source>
            <comment>addContactSent</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <comment>requestsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} requests</source>
            <comment>requestCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 request</source>
            <comment>requestCountOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wants to see when you are online.</source>
            <comment>requestExplanation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact request</source>
            <comment>requestNotificationTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} wants to see when you are online.</source>
            <comment>requestNotificationBody</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} wants to see when you are online. Their message: {message}</source>
            <comment>requestNotificationBodyWithMessage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept</source>
            <comment>acceptRequest</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline</source>
            <comment>declineRequest</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept the request of {name}</source>
            <comment>acceptRequestLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline the request of {name}</source>
            <comment>declineRequestLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>u22EF</source>
            <comment>contactActions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions for {name}</source>
            <comment>contactActionsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <comment>renameContact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename {name}</source>
            <comment>renameContactLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for {name}</source>
            <comment>renameFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No name: show the address</source>
            <comment>renamePlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <comment>save</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <comment>cancel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>removeContact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}</source>
            <comment>removeContactLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name} from your contacts? You will no longer see each other's presence.</source>
            <comment>removeQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>removeConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block</source>
            <comment>blockContact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block {name}</source>
            <comment>blockContactLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unblock</source>
            <comment>unblockContact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unblock {name}</source>
            <comment>unblockContactLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <comment>presenceBlocked</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <comment>blockedHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} addresses</source>
            <comment>blockedCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 address</source>
            <comment>blockedCountOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not receive their messages or presence, and they do not see yours.</source>
            <comment>blockedExplanation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View profile</source>
            <comment>viewProfile</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View the profile of {name}</source>
            <comment>viewProfileLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <comment>profileTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <comment>profileFullName</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nickname</source>
            <comment>profileNickname</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <comment>profileAbout</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <comment>profileUrl</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <comment>profileLocation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the profile…</source>
            <comment>profileLoading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{jid} has not published a profile.</source>
            <comment>profileEmpty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen just now</source>
            <comment>lastSeenJustNow</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen today at {time}</source>
            <comment>lastSeenToday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen {time}</source>
            <comment>lastSeen</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit my profile</source>
            <comment>editProfile</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My profile</source>
            <comment>editProfileTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone who knows your address can see these fields.</source>
            <comment>editProfileExplanation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <comment>profileSaving</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show my public posts on this server's public page</source>
            <comment>publicPageShown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone can read your public posts there, and follow them as an Atom feed:</source>
            <comment>publicPageExplanation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your public posts appear on your public page within a few minutes.</source>
            <comment>publicPageShownSaved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your public page disappears within a few minutes.</source>
            <comment>publicPageHiddenSaved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The setting could not be saved.</source>
            <comment>publicPageNotSaved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new avatar</source>
            <comment>avatarFileLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove avatar</source>
            <comment>removeAvatar</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing your avatar…</source>
            <comment>avatarPublishing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing your avatar…</source>
            <comment>avatarRemoving</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your new avatar is published.</source>
            <comment>avatarPublished</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your avatar is removed.</source>
            <comment>avatarRemoved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file "{file}" is larger than {size} MB. Choose a smaller image.</source>
            <comment>avatarFileTooLarge</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file "{file}" is not an image that this browser can read. Choose a PNG, JPEG, GIF or WebP image.</source>
            <comment>avatarNotAnImage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image "{file}" has too much detail to send as an avatar, even scaled down. Choose a simpler image.</source>
            <comment>avatarTooDetailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This browser could not convert the image "{file}". Try another image.</source>
            <comment>avatarEncodingFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <comment>sectionsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chats</source>
            <comment>chatsTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <comment>contactsTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} unread messages</source>
            <comment>unreadTotalLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 unread message</source>
            <comment>unreadTotalLabelOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} new messages. The newest: {text}</source>
            <comment>messageNotificationBodyMany</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chats</source>
            <comment>chatsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search all messages</source>
            <comment>searchMessagesLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search messages…</source>
            <comment>searchMessagesPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No message contains these words.</source>
            <comment>noSearchResults</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversations yet. Open a contact and choose Message to start one.</source>
            <comment>noConversations</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: {text}</source>
            <comment>ownMessagePreview</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{nick}: {text}</source>
            <comment>senderMessagePreview</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} unread</source>
            <comment>unreadCountLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <comment>timeNow</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} min</source>
            <comment>timeMinutes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <comment>timeYesterday</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <comment>sendMessage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to {name}</source>
            <comment>sendMessageLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <comment>backToChats</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the conversation list</source>
            <comment>backToChatsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message to {name}</source>
            <comment>messageFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a message…</source>
            <comment>messagePlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <comment>send</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading older messages…</source>
            <comment>loadingOlderMessages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet. Write the first one below.</source>
            <comment>noMessages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <comment>statePending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <comment>stateSent</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <comment>stateDelivered</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read</source>
            <comment>stateRead</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not delivered</source>
            <comment>stateFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <comment>messageEdited</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message was edited.</source>
            <comment>messageEditedLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message was deleted</source>
            <comment>messageRetracted</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed by a moderator</source>
            <comment>messageModerated</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed by a moderator: {reason}</source>
            <comment>messageModeratedWithReason</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the message this one replies to: {text}</source>
            <comment>replyQuoteLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quoted message is not loaded.</source>
            <comment>quotedMessageMissing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{emoji} {count}</source>
            <comment>reactionLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reacted with {emoji}: {names}</source>
            <comment>reactionSenders</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>React with {emoji}</source>
            <comment>reactionAdd</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you</source>
            <comment>you</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>u22EF</source>
            <comment>messageActions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions for this message</source>
            <comment>messageActionsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply</source>
            <comment>replyAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>React</source>
            <comment>reactAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <comment>editAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete for everyone</source>
            <comment>deleteAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <comment>copyAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a reaction</source>
            <comment>emojiPickerLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this message for everyone? Its text is removed for you and {name}.</source>
            <comment>deleteQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>deleteConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>removeAction</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for removing this message for everyone (optional)</source>
            <comment>removeReasonLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove for everyone</source>
            <comment>removeConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this message for everyone in the room?</source>
            <comment>roomDeleteQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is copied.</source>
            <comment>copied</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This browser did not allow copying. Select the text and copy it instead.</source>
            <comment>copyFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replying to {name}: {text}</source>
            <comment>replyingTo</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing your message. Escape cancels.</source>
            <comment>editingMessage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the reply</source>
            <comment>cancelReplyLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel editing</source>
            <comment>cancelEditLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is typing…</source>
            <comment>peerTyping</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open {name}</source>
            <comment>attachmentLink</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file that this page cannot open: {name}</source>
            <comment>attachmentUnsafe</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach</source>
            <comment>attachFile</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file</source>
            <comment>attachFileLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop files to send them to {name}</source>
            <comment>dropFilesHere</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending {name} to Salon… {percent} %</source>
            <comment>uploadSending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploading {name} to your server… {percent} %</source>
            <comment>uploadUploading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not sent: {reason}</source>
            <comment>uploadFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <comment>uploadCancel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sending {name}</source>
            <comment>uploadCancelLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <comment>uploadDismiss</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your server does not accept files, so {name} cannot be sent.</source>
            <comment>uploadUnavailable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {name} is {size}, more than the {limit} that your server accepts.</source>
            <comment>uploadTooLarge</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {name} is empty. Choose a file with content.</source>
            <comment>uploadEmpty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This browser could not read the file {name}.</source>
            <comment>uploadReadFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} bytes</source>
            <comment>sizeBytes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} KB</source>
            <comment>sizeKilobytes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} MB</source>
            <comment>sizeMegabytes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} GB</source>
            <comment>sizeGigabytes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <comment>exportConversation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this conversation</source>
            <comment>exportConversationLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As text</source>
            <comment>exportAsText</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As JSON</source>
            <comment>exportAsJson</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the export…</source>
            <comment>exportPreparing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {count} messages to {file}.</source>
            <comment>exportReady</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rooms</source>
            <comment>roomsTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rooms</source>
            <comment>roomsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are in no rooms yet. Join one below.</source>
            <comment>noRooms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not joined</source>
            <comment>roomStateLeft</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joining…</source>
            <comment>roomStateJoining</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined</source>
            <comment>roomStateJoined</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not join</source>
            <comment>roomStateFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined as {nick}</source>
            <comment>roomJoinedAs</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>@{count}</source>
            <comment>mentionBadge</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} messages mention you</source>
            <comment>mentionCountLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join a room</source>
            <comment>joinRoomTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room address</source>
            <comment>roomJidLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>room@conference.example.org</source>
            <comment>roomJidPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nickname (optional)</source>
            <comment>roomNickLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password (optional)</source>
            <comment>roomPasswordLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <comment>joinRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join {name}</source>
            <comment>joinRoomLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a room address. An address looks like room@conference.example.org.</source>
            <comment>joinRoomInvalidJid</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create this room and configure it before it opens</source>
            <comment>createConfiguredRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure room</source>
            <comment>configureRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room configuration</source>
            <comment>roomConfigTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the room’s configuration…</source>
            <comment>roomConfigLoading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <comment>roomConfigSaving</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The room’s configuration is saved.</source>
            <comment>roomConfigSaved</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The configuration was cancelled.</source>
            <comment>roomConfigCancelled</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <comment>saveRoomConfig</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <comment>cancelRoomConfig</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public rooms</source>
            <comment>publicRoomsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group chat service</source>
            <comment>mucServiceLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conference.example.org</source>
            <comment>mucServicePlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse</source>
            <comment>browseRooms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the rooms</source>
            <comment>filterRoomsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name or topic…</source>
            <comment>filterRoomsPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No room matches the filter.</source>
            <comment>noMatchingRooms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} people</source>
            <comment>roomOccupantCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitations</source>
            <comment>invitationsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invited by {name}</source>
            <comment>invitationFrom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept</source>
            <comment>acceptInvitation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline</source>
            <comment>declineInvitation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept the invitation to {room}</source>
            <comment>acceptInvitationLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline the invitation to {room}</source>
            <comment>declineInvitationLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <comment>backToRooms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the room list</source>
            <comment>backToRoomsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave</source>
            <comment>leaveRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join again</source>
            <comment>rejoinRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark and join at sign-in</source>
            <comment>bookmarkAutojoin</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change nickname</source>
            <comment>changeNick</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your nickname in this room</source>
            <comment>nickFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No messages yet. Write the first one below.</source>
            <comment>noRoomMessages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message to {name}</source>
            <comment>roomMessageFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <comment>occupantsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({count})</source>
            <comment>occupantCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{nick} (you)</source>
            <comment>occupantSelf</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderator</source>
            <comment>occupantRoleModerator</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <comment>occupantRoleParticipant</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visitor</source>
            <comment>occupantRoleVisitor</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kick</source>
            <comment>kickOccupant</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kick {nick}?</source>
            <comment>kickOccupantConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ban</source>
            <comment>banOccupant</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ban {nick}?</source>
            <comment>banOccupantConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant voice</source>
            <comment>grantVoice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke voice</source>
            <comment>revokeVoice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make moderator</source>
            <comment>grantModerator</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke moderator</source>
            <comment>revokeModerator</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make owner</source>
            <comment>makeOwner</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make {nick} an owner?</source>
            <comment>makeOwnerConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make admin</source>
            <comment>makeAdmin</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make {nick} an admin?</source>
            <comment>makeAdminConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make member</source>
            <comment>makeMember</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make {nick} a member, without admin rights?</source>
            <comment>makeMemberConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove affiliation</source>
            <comment>removeAffiliation</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the affiliation of {nick}?</source>
            <comment>removeAffiliationConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions for {nick}</source>
            <comment>occupantActionsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set subject</source>
            <comment>setSubject</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject of this room</source>
            <comment>subjectFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite</source>
            <comment>inviteToRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact or address to invite</source>
            <comment>inviteAddressLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bob@example.org</source>
            <comment>inviteAddressPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (optional)</source>
            <comment>inviteReasonLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy room…</source>
            <comment>destroyRoom</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy this room? Every occupant is removed, and the room, its configuration and its member list are gone for good.</source>
            <comment>destroyRoomQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (optional)</source>
            <comment>destroyReasonLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternate room (optional)</source>
            <comment>destroyAlternateLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroy</source>
            <comment>destroyRoomConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone mentioned you.</source>
            <comment>mentionNotificationBody</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} messages mention you.</source>
            <comment>mentionNotificationBodyMany</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <comment>dismissNotice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action failed. Try again.</source>
            <comment>actionFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page is not connected to the Salon server. Sign in again.</source>
            <comment>notConnected</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <comment>stateOffline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <comment>stateConnecting</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <comment>stateOnline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting…</source>
            <comment>stateReconnecting</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting: {error}</source>
            <comment>stateReconnectingWithError</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: {error}</source>
            <comment>stateOfflineWithError</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <comment>presenceOffline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <comment>presenceOnline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free to chat</source>
            <comment>presenceChat</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Away</source>
            <comment>presenceAway</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Away for a long time</source>
            <comment>presenceXa</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not disturb</source>
            <comment>presenceDnd</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for approval</source>
            <comment>presenceWaitingForApproval</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat address is not valid. Check it and try again.</source>
            <comment>errorInvalidJid</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is wrong. Check it and try again.</source>
            <comment>errorWrongPassword</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat server cannot be reached. Try again later.</source>
            <comment>errorServerUnreachable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat server's certificate is not trusted.</source>
            <comment>errorCertificateNotTrusted</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat server offers no encrypted connection.</source>
            <comment>errorEncryptionUnavailable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the chat server was lost.</source>
            <comment>errorConnectionLost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chat server reported an error.</source>
            <comment>errorServerError</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in failed.</source>
            <comment>errorUnknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server could not read the sign-in request. Reload the page and try again.</source>
            <comment>errorBadRequest</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This Salon server does not accept accounts of this domain.</source>
            <comment>errorDomainNotAllowed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server has no room for another session. Try again later.</source>
            <comment>errorServerFull</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server is shutting down. Try again in a few minutes.</source>
            <comment>errorShuttingDown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in took too long. Try again.</source>
            <comment>errorTimeout</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many failed sign-ins from your address. Wait a minute and try again.</source>
            <comment>errorTooManyAttempts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server could not start your session. Try again.</source>
            <comment>errorLinkerFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed</source>
            <comment>feedTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed</source>
            <comment>feedHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No posts yet. Posts of your contacts and your own show here.</source>
            <comment>noPosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load older posts</source>
            <comment>loadMorePosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark all read</source>
            <comment>markAllRead</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} new posts</source>
            <comment>feedUnread</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 new post</source>
            <comment>feedUnreadOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <comment>postUnread</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <comment>postPending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited {time}</source>
            <comment>postEditedAt</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <comment>postTagsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show images</source>
            <comment>showImages</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <comment>editPost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>deletePost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this post for everyone?</source>
            <comment>deletePostQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete post</source>
            <comment>deletePostConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a post</source>
            <comment>newPostHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit your post</source>
            <comment>editPostHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <comment>postTitleLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text (Markdown)</source>
            <comment>postBodyLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do you want to share?</source>
            <comment>postBodyPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags (separated by commas)</source>
            <comment>postTagsInputLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>travel, photos</source>
            <comment>postTagsPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can see it</source>
            <comment>postVisibilityLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <comment>visibilityPublic</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts only</source>
            <comment>visibilityContacts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who can see it</source>
            <comment>visibilityChoose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who can see the post before you save it.</source>
            <comment>postVisibilityMissing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish</source>
            <comment>publishPost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <comment>savePost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel editing</source>
            <comment>cancelEdit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard draft</source>
            <comment>discardDraft</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a title or a text first.</source>
            <comment>postEmpty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your post is being published.</source>
            <comment>postPublished</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes are being published.</source>
            <comment>postUpdated</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities</source>
            <comment>communitiesTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities</source>
            <comment>communitiesHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your communities</source>
            <comment>subscriptionsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You follow no community yet.</source>
            <comment>noSubscriptions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify me</source>
            <comment>communityNotify</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsubscribe</source>
            <comment>unsubscribeCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subscribe</source>
            <comment>subscribeCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for approval</source>
            <comment>subscriptionPending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel request</source>
            <comment>subscriptionPendingCancel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discover communities</source>
            <comment>discoverCommunitiesHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <comment>communityServerLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>example.org (empty for your server)</source>
            <comment>communityServerPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find services</source>
            <comment>findServices</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community service</source>
            <comment>communityServiceLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pubsub.example.org</source>
            <comment>communityServicePlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse</source>
            <comment>browseCommunities</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities</source>
            <comment>communitiesOfService</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities of {service}</source>
            <comment>communitiesOfNamedService</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading communities…</source>
            <comment>loadingCommunities</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This service lists no communities.</source>
            <comment>noCommunities</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} subscribers</source>
            <comment>communitySubscribers</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 subscriber</source>
            <comment>communitySubscribersOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure</source>
            <comment>configureCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>deleteCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this community and all its posts for everyone?</source>
            <comment>deleteCommunityQuestion</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete community</source>
            <comment>deleteCommunityConfirm</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a community</source>
            <comment>createCommunityHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <comment>communityTitleLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <comment>communityDescriptionLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can read it</source>
            <comment>communityAccessLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anyone</source>
            <comment>accessModel_open</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Those who see your presence</source>
            <comment>accessModel_presence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups of your contacts</source>
            <comment>accessModel_roster</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Those you approve</source>
            <comment>accessModel_authorize</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only those you invite</source>
            <comment>accessModel_whitelist</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <comment>communityCreateServiceLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <comment>createCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a title for the community.</source>
            <comment>communityTitleMissing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the service that hosts the community, such as pubsub.example.org.</source>
            <comment>communityServiceMissing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the community…</source>
            <comment>communityCreating</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The community is being created on {service}. Browse the service to see it.</source>
            <comment>communityCreateRequested</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The community {node} was created on {service}.</source>
            <comment>communityCreated</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community configuration</source>
            <comment>communityConfigTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <comment>closeCommunityConfig</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <comment>showComments</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide comments</source>
            <comment>hideComments</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} comments</source>
            <comment>commentCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 comment</source>
            <comment>commentCountOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} likes</source>
            <comment>likeCount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 like</source>
            <comment>likeCountOne</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>♥ Like</source>
            <comment>likePost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>♥ Liked</source>
            <comment>unlikePost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Liked by {names}</source>
            <comment>likedBy</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading comments…</source>
            <comment>loadingComments</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comments yet.</source>
            <comment>noComments</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment</source>
            <comment>commentFieldLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment…</source>
            <comment>commentPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <comment>sendComment</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <comment>deleteComment</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <comment>commentPending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a comment first.</source>
            <comment>commentEmpty</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments</source>
            <comment>postAttachmentsLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach files</source>
            <comment>attachFiles</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>removeAttachment</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}</source>
            <comment>removeAttachmentLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {percent} %</source>
            <comment>attachmentUploading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({size})</source>
            <comment>attachmentUploaded</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {error}</source>
            <comment>attachmentFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait until the files are uploaded.</source>
            <comment>attachmentsBusy</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your server offers no file upload.</source>
            <comment>uploadNotAvailable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show image {name}</source>
            <comment>showImage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview link</source>
            <comment>previewLink</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text contains no web address to preview.</source>
            <comment>previewLinkMissing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the preview of {url}…</source>
            <comment>previewLoading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove preview</source>
            <comment>removePreview</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish in</source>
            <comment>postTargetLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My blog</source>
            <comment>postTargetBlog</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <comment>openCommunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to communities</source>
            <comment>backToCommunities</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts</source>
            <comment>communityPosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This community has no posts yet.</source>
            <comment>noCommunityPosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading posts…</source>
            <comment>loadingPosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post in this community</source>
            <comment>newCommunityPost</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts</source>
            <comment>profilePostsHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No posts to show.</source>
            <comment>noProfilePosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore</source>
            <comment>exploreTab</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore</source>
            <comment>exploreHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public communities</source>
            <comment>publicCommunitiesHeading</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No public communities found on your server.</source>
            <comment>noPublicCommunities</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts with the tag</source>
            <comment>tagSearchLabel</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>travel</source>
            <comment>tagSearchPlaceholder</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <comment>showTag</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posts tagged #{tag}</source>
            <comment>postsWithTag</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No public posts with this tag are known yet.</source>
            <comment>noTaggedPosts</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} commented on your post</source>
            <comment>commentNotificationTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} likes your post</source>
            <comment>likeNotificationTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New post in {community}</source>
            <comment>communityPostNotificationTitle</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {title}</source>
            <comment>communityPostNotificationBody</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server cannot be reached. Try again later.</source>
            <comment>salonServerUnreachable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting to the Salon server…</source>
            <comment>salonReconnecting</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the Salon server was lost and your session there has ended. Sign in again.</source>
            <comment>salonSessionExpired</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing out failed because the Salon server cannot be reached. Try again.</source>
            <comment>signOutFailed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session has ended. Sign in again.</source>
            <comment>sessionEnded</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You signed out.</source>
            <comment>sessionEndedSignedOut</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Salon server is shutting down. Sign in again in a few minutes.</source>
            <comment>sessionEndedServerShutdown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session ended after a long time without an open page. Sign in again.</source>
            <comment>sessionEndedIdleTimeout</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session stopped responding and was ended. Sign in again.</source>
            <comment>sessionEndedLinkerStalled</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session used more resources than the Salon server allows and was ended. Sign in again.</source>
            <comment>sessionEndedLinkerLimitExceeded</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This page sent too many requests to the Salon server and was disconnected. Reload the page to continue.</source>
            <comment>sessionEndedTabFlooding</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
