// Entry point of Salon's web front end: switches between the sign-in
// screen and the signed-in screen with its sections, chats, rooms,
// contacts, feed, communities and explore, and routes the server's messages.

import { AccountHeader } from './accountHeader.js';
import { AddContactForm } from './addContactForm.js';
import { AvatarCache } from './avatarCache.js';
import { AvatarEditor } from './avatarEditor.js';
import { BlockedView } from './blockedView.js';
import { ChatActions } from './chatActions.js';
import { ChatsView, unreadTotal } from './chatsView.js';
import { CommentsPanel } from './commentsPanel.js';
import { CommunitiesView } from './communitiesView.js';
import { CommunityPage } from './communityPage.js';
import { Connection, webSocketUrl } from './connection.js';
import { ContactActions } from './contactActions.js';
import { ContactsView } from './contactsView.js';
import { ExploreView } from './exploreView.js';
import { FeedView } from './feedView.js';
import { ObjectStore } from './objectStore.js';
import { PostPageView, PostPeople, SummaryBudget } from './postList.js';
import { SocialNotifier } from './socialNotifier.js';
import { PostComposer } from './postComposer.js';
import { SocialActions } from './socialActions.js';
import { ConversationView } from './conversationView.js';
import { Invoker } from './invoker.js';
import { ModelStore } from './modelMirror.js';
import { NoticeArea } from './noticeArea.js';
import { InvitationsView } from './invitationsView.js';
import { JoinRoomForm } from './joinRoomForm.js';
import { MentionNotifier } from './mentionNotifier.js';
import { ProfileForm } from './profileForm.js';
import { PublicPageSwitch } from './publicPageSwitch.js';
import { PublicRoomsView } from './publicRoomsView.js';
import { RoomActions } from './roomActions.js';
import { RoomListView } from './roomListView.js';
import { RoomView } from './roomView.js';
import { RoomConfigForm } from './roomConfigForm.js';
import { ProfileView } from './profileView.js';
import { MessageNotifier } from './messageNotifier.js';
import { MessageSearchView } from './messageSearchView.js';
import { RequestNotifier } from './requestNotifier.js';
import { RequestsView } from './requestsView.js';
import { completeJid, createSession, deleteSession, fetchConfig, fetchSession, reconnectDelay } from './sessionApi.js';
import { SignInView, errorText, sessionEndedText } from './signInView.js';
import { format, strings } from './strings.js';

// Fills the elements marked with data-string* attributes from the dictionary.
function applyStrings(root) {
    document.documentElement.lang = strings.language;
    document.title = strings.appName;
    for (const element of root.querySelectorAll('[data-string]')) {
        element.textContent = strings[element.dataset.string];
    }
    for (const element of root.querySelectorAll('[data-string-placeholder]')) {
        element.placeholder = strings[element.dataset.stringPlaceholder];
    }
    for (const element of root.querySelectorAll('[data-string-aria-label]')) {
        element.setAttribute('aria-label', strings[element.dataset.stringAriaLabel]);
    }
}

class App {
    #models = new ModelStore();
    #signInScreen = document.getElementById('sign-in-screen');
    #contactsScreen = document.getElementById('contacts-screen');
    #contactsHeading = document.getElementById('contacts-heading');
    #chatsSection = document.getElementById('chats-section');
    #contactsSection = document.getElementById('contacts-section');
    #chatsHeading = document.getElementById('chats-heading');
    #roomsSection = document.getElementById('rooms-section');
    #feedSection = document.getElementById('feed-section');
    #communitiesSection = document.getElementById('communities-section');
    #exploreSection = document.getElementById('explore-section');
    #communitiesOverview = document.querySelector('[data-testid="communities-overview"]');
    #objects = new ObjectStore();
    #socialActions;
    #summaries = new SummaryBudget();
    #people;
    #communityPage;
    #exploreView;
    #profilePosts;
    #socialNotifier;
    #feedUnread = document.querySelector('[data-testid="feed-unread"]');
    #feedView;
    #composer;
    #communitiesView;
    #communityConfigForm;
    #roomsHeading = document.getElementById('rooms-heading');
    #roomsOverview = document.querySelector('[data-testid="rooms-overview"]');
    #roomsUnread = document.querySelector('[data-testid="rooms-unread"]');
    #sectionTabs = document.querySelectorAll('[data-section]');
    #chatsUnread = document.querySelector('[data-testid="chats-unread"]');
    #chatsTitle = document.querySelector('[data-testid="chats-title"]');
    #chatsView;
    #conversationView;
    #roomView;
    #roomConfigForm;
    #joinRoomForm;
    #publicRooms;
    #signInView;
    #header;
    #notices = new NoticeArea(document.getElementById('notices'));
    #invoker = new Invoker((message) => this.#session?.connection?.send(message) ?? false);
    #avatars = new AvatarCache((hash) => this.#invoker.call('avatars', 'requestImage', [hash], strings.notConnected));
    #avatarEditor;
    #addContactForm;
    #profileView;
    #searchForm;
    #profileForm;
    #publicPageSwitch;
    // The current session, or null on the sign-in screen: { connection, jid, contactsShown, reconnectAttempt,
    // reconnectTimer, signingOut }, where connection is null while the page waits to reconnect and
    // contactsShown is true once the contacts screen was shown for it.
    #session = null;
    // True while a sign-in request waits for the server's reply.
    #signingIn = false;
    // The domain that a bare user name gets appended, from the server's /api/config.
    #defaultDomain = '';
    // Resolves once the request for /api/config has completed.
    #configLoaded;

    constructor() {
        this.#signInView = new SignInView(document.getElementById('sign-in-form'),
            (jid, password) => this.#signIn(jid, password));
        this.#header = new AccountHeader(document.getElementById('account-header'), () => this.#signOut());

        const actions = new ContactActions(this.#invoker, this.#notices);
        this.#addContactForm = new AddContactForm(document.getElementById('add-contact-toggle'),
            document.getElementById('add-contact-form'), actions);
        new RequestsView(document.getElementById('requests'), this.#models.get('subscriptionRequests'), actions);
        new RequestNotifier(this.#models.get('subscriptionRequests'));
        const profileCards = this.#models.get('profileCards');
        const openConversation = (jid) => this.#openConversation(jid);
        this.#profileView = new ProfileView(document.getElementById('profile-panel'), profileCards, this.#avatars, openConversation,
            this.#models.get('contacts'));
        this.#profileForm = new ProfileForm(document.getElementById('edit-profile-toggle'), document.getElementById('profile-edit-form'),
            profileCards, actions, (jid) => this.#profileView.open(jid));
        this.#avatarEditor = new AvatarEditor(document.getElementById('avatar-editor'), this.#avatars, actions);
        this.#publicPageSwitch = new PublicPageSwitch(document.querySelector('[data-public-page-setting]'), this.#invoker, this.#objects);
        new ContactsView(document.getElementById('contact-list'), this.#models.get('contacts'), actions, (jid) => this.#profileView.open(jid),
            this.#avatars, openConversation);
        this.#createChats();
        this.#createRooms();
        this.#createSocial();
        new BlockedView(document.getElementById('blocked'), this.#models.get('blockedContacts'), actions, this.#models.get('contacts'), this.#avatars);
        this.#configLoaded = this.#loadConfig();
        this.#resume();
    }

    #createChats() {
        const chatActions = new ChatActions(this.#invoker, this.#notices);
        const conversations = this.#models.get('conversations');
        const contacts = this.#models.get('contacts');
        this.#chatsView = new ChatsView(document.getElementById('conversation-list'), document.querySelector('[data-testid="conversations-empty"]'),
            conversations, contacts, this.#avatars, (jid) => this.#openConversation(jid));
        this.#conversationView = new ConversationView(document.getElementById('conversation-panel'), this.#models, contacts, chatActions,
            this.#avatars, () => this.#closeConversation());
        conversations.subscribe(() => this.#showUnreadTotal(unreadTotal(conversations.rows)));
        new MessageNotifier(conversations, contacts, (jid) => this.#openConversation(jid));
        this.#searchForm = document.getElementById('message-search');
        new MessageSearchView(document.getElementById('message-search-field'), document.getElementById('search-results'),
            document.querySelector('[data-testid="search-empty"]'), this.#models.get('messageSearch'), contacts, this.#models.get('roomList'), chatActions,
            (jid, messageId, groupChat) => (groupChat ? this.#openRoom(jid, messageId) : this.#openConversation(jid, messageId)),
            (active) => this.#chatsView.setShown(!active));
        for (const tab of this.#sectionTabs) {
            tab.addEventListener('click', () => this.#showSection(tab.dataset.section));
        }
    }

    #createRooms() {
        const roomActions = new RoomActions(this.#invoker, this.#notices);
        const roomList = this.#models.get('roomList');
        const openRoom = (jid) => this.#openRoom(jid);
        new RoomListView(document.getElementById('room-list'), document.querySelector('[data-testid="rooms-empty"]'), roomList,
            this.#avatars, openRoom);
        this.#roomConfigForm = new RoomConfigForm(document.getElementById('room-config-panel'), this.#models, roomActions);
        // A room created with configuration opens with its form, which the room fills once it exists.
        this.#joinRoomForm = new JoinRoomForm(document.getElementById('join-room-form'), roomActions, openRoom, (jid) => {
            openRoom(jid);
            this.#roomConfigForm.open(jid, false);
        });
        this.#publicRooms = new PublicRoomsView(document.getElementById('public-rooms'), this.#models.get('publicRooms'), roomActions,
            async (row) => {
                // A protected room needs its password, which the user enters in the join form.
                if (row.passwordProtected === true) {
                    this.#joinRoomForm.setAddress(row.jid);
                    return;
                }
                const reply = await roomActions.join(row.jid, '', '');
                if (reply.ok) {
                    openRoom(row.jid);
                }
            });
        new InvitationsView(document.getElementById('room-invitations'), this.#models.get('roomInvitations'), roomActions, openRoom);
        this.#roomView = new RoomView(document.getElementById('room-panel'), this.#models, roomActions, () => this.#closeRoom(),
            (jid) => this.#roomConfigForm.open(jid, true), this.#avatars);
        new MentionNotifier(roomList, openRoom);
        roomList.subscribe(() => this.#showRoomsUnread(roomList.rows));
    }

    #createSocial() {
        const actions = new SocialActions(this.#invoker, this.#notices);
        this.#socialActions = actions;
        const subscriptions = this.#models.get('subscriptions');
        this.#people = new PostPeople(this.#models.get('contacts'), this.#avatars);
        this.#composer = new PostComposer(document.getElementById('post-composer'), actions, this.#models.get('transfers'), subscriptions);
        const handlers = {
            edit: (row) => {
                if (this.#feedSection.hidden) {
                    this.#showSection('feed');
                }
                this.#composer.startEdit(row);
            },
            // The user's blog posts go through deletePost, which also deletes the post's comments node.
            remove: (row) => (row.isCommunity === true || row.node !== 'urn:xmpp:microblog:0' || row.own !== true
                ? actions.deletePostAt(row.service, row.node, row.itemId) : actions.deletePost(row.itemId)),
            openTag: (tag) => {
                this.#showSection('explore');
                this.#exploreView.showTag(tag);
            },
            createComments: () => new CommentsPanel(actions, this.#models, this.#objects, this.#people),
            summaries: this.#summaries,
        };
        this.#feedView = new FeedView(this.#feedSection, this.#models.get('feed'), this.#people, actions, handlers);
        this.#profilePosts = new PostPageView(actions, this.#models, this.#objects, handlers, this.#people, strings.noProfilePosts);
        this.#profileView.setPostsView(this.#profilePosts);
        this.#socialNotifier = new SocialNotifier(subscriptions, () => this.#showSection('feed'));
        const configPanel = document.getElementById('community-config-panel');
        this.#communityConfigForm = new RoomConfigForm(configPanel, this.#models, actions.configurationActions(), {
            testIdPrefix: 'community-config',
            modelPrefix: 'communityConfiguration/',
            defaultTitle: 'communityConfigTitle',
            noticeKey: (notice) => (notice.object === 'communities' && typeof notice.service === 'string' && typeof notice.node === 'string'
                ? `${notice.service.trim().toLowerCase()}/${notice.node}` : null),
        });
        const configure = (service, node) => {
            this.#communityConfigForm.open(`${service}/${node}`, true);
            configPanel.scrollIntoView({ block: 'nearest' });
        };
        const openCommunity = (row) => this.#openCommunity(row);
        this.#communitiesView = new CommunitiesView(this.#communitiesSection, subscriptions,
            this.#models.get('communityDirectory'), actions, configure, openCommunity);
        this.#communityPage = new CommunityPage(document.getElementById('community-page'), actions, this.#models, this.#objects, handlers,
            this.#people, () => this.#closeCommunity(), configure);
        this.#exploreView = new ExploreView(this.#exploreSection, actions, this.#models.get('communityDirectory'), this.#models, this.#objects,
            handlers, this.#people, openCommunity);
    }

    // Shows the page of a community, a row of `subscriptions` or `communityDirectory`.
    #openCommunity(row) {
        if (this.#communitiesSection.hidden) {
            this.#showSection('communities');
        }
        this.#communityConfigForm.close();
        this.#communitiesOverview.hidden = true;
        this.#communityPage.open(row);
    }

    #closeCommunity() {
        this.#communityConfigForm.close();
        this.#communityPage.close();
        this.#communitiesOverview.hidden = false;
    }

    // Shows the section name, 'chats', 'rooms', 'contacts', 'feed', 'communities' or 'explore'. Leaving the chats closes the open
    // conversation, and leaving the rooms closes the open room. Choosing the shown section closes them too.
    #showSection(name) {
        if (name !== 'chats' || this.#chatsSection.hidden === false) {
            this.#closeConversation();
        }
        if (name !== 'rooms' || this.#roomsSection.hidden === false) {
            this.#closeRoom();
        }
        this.#chatsSection.hidden = name !== 'chats';
        this.#roomsSection.hidden = name !== 'rooms';
        this.#contactsSection.hidden = name !== 'contacts';
        this.#feedSection.hidden = name !== 'feed';
        this.#feedView.setShown(name === 'feed');
        if (name !== 'communities') {
            this.#closeCommunity();
        }
        if (name !== 'explore') {
            this.#exploreView.close();
        }
        this.#communitiesSection.hidden = name !== 'communities';
        this.#exploreSection.hidden = name !== 'explore';
        for (const tab of this.#sectionTabs) {
            tab.setAttribute('aria-pressed', String(tab.dataset.section === name));
        }
        if (name === 'rooms' && this.#session) {
            this.#publicRooms.findServices();
        }
        if (name === 'communities' && this.#session) {
            this.#communitiesView.findServices('');
        }
        if (name === 'explore' && this.#session) {
            this.#exploreView.refresh();
        }
        const headings = {
            chats: this.#chatsHeading,
            rooms: this.#roomsHeading,
            contacts: this.#contactsHeading,
            feed: document.getElementById('feed-heading'),
            communities: document.getElementById('communities-heading'),
            explore: document.getElementById('explore-heading'),
        };
        headings[name].focus();
    }

    #openRoom(jid, messageId = 0) {
        if (this.#roomsSection.hidden) {
            this.#showSection('rooms');
        }
        this.#roomsOverview.hidden = true;
        this.#roomView.open(jid, messageId);
    }

    #closeRoom() {
        this.#roomConfigForm.close();
        this.#roomView.close();
        this.#roomsOverview.hidden = false;
    }

    #showRoomsUnread(rows) {
        const total = unreadTotal(rows);
        this.#roomsUnread.hidden = total === 0;
        this.#roomsUnread.textContent = total > 99 ? '99+' : String(total);
        this.#roomsUnread.setAttribute('aria-label', total === 1 ? strings.unreadTotalLabelOne : format('unreadTotalLabel', { count: total }));
    }

    // Opens the conversation with jid and, when messageId is given, shows that message.
    #openConversation(jid, messageId = 0) {
        if (this.#chatsSection.hidden) {
            this.#showSection('chats');
        }
        this.#profileView.close();
        this.#chatsTitle.hidden = true;
        this.#searchForm.hidden = true;
        this.#chatsView.setShown(false);
        this.#conversationView.open(jid, messageId);
    }

    // Closes the open conversation and shows the conversation list again.
    #closeConversation() {
        this.#conversationView.close();
        this.#chatsTitle.hidden = false;
        this.#searchForm.hidden = false;
        this.#chatsView.setShown(true);
    }

    #showFeedUnread(count) {
        const total = Number.isInteger(count) && count > 0 ? count : 0;
        this.#feedUnread.hidden = total === 0;
        this.#feedUnread.textContent = total > 99 ? '99+' : String(total);
        this.#feedUnread.setAttribute('aria-label', format(total === 1 ? 'feedUnreadOne' : 'feedUnread', { count: total }));
    }

    #showUnreadTotal(total) {
        this.#chatsUnread.hidden = total === 0;
        this.#chatsUnread.textContent = total > 99 ? '99+' : String(total);
        this.#chatsUnread.setAttribute('aria-label', total === 1 ? strings.unreadTotalLabelOne : format('unreadTotalLabel', { count: total }));
    }

    // Signs in through the HTTP API, which responds once the account is online,
    // then opens the session's WebSocket.
    async #signIn(typedJid, password) {
        if (this.#session || this.#signingIn) {
            return;
        }

        // Signing in is a user action, so the browser may show its permission prompt now.
        RequestNotifier.requestPermission();
        this.#signingIn = true;
        this.#signInView.clearError();
        this.#signInView.setBusy(true);
        const reply = await createSession(completeJid(typedJid, this.#defaultDomain), password);
        this.#signingIn = false;

        if (!reply.ok) {
            this.#signInView.setBusy(false);
            this.#signInView.clearPassword();
            this.#signInView.showError(reply.error, errorText(reply.error, reply.message));
            this.#signInView.focus();
            return;
        }
        this.#openSession(reply.jid);
    }

    // Resumes the session that the browser's cookie names, or shows the sign-in screen.
    async #resume() {
        const reply = await fetchSession();
        if (this.#session || this.#signingIn) {
            return;
        }
        if (reply.ok && reply.jid !== '') {
            this.#openSession(reply.jid);
            return;
        }
        if (!reply.ok && reply.status !== 401) {
            this.#signInView.showError(reply.error, errorText(reply.error, reply.message));
        }
        // The form completes bare names with the default domain, so it waits for the configuration.
        await this.#configLoaded;
        if (!this.#session) {
            this.#showSignIn();
        }
    }

    async #loadConfig() {
        const config = await fetchConfig();
        this.#defaultDomain = config.defaultDomain;
        this.#signInView.setDefaultDomain(config.defaultDomain);
    }

    // Starts the page's side of a session that exists on the server: the
    // contacts screen shows once the first `account` message arrives.
    #openSession(jid) {
        const session = { connection: null, jid, contactsShown: false, reconnectAttempt: 0, reconnectTimer: 0, signingOut: false };
        this.#session = session;
        this.#connect(session);
    }

    #connect(session) {
        const connection = new Connection(webSocketUrl(window.location));
        session.connection = connection;
        connection.addEventListener('open', () => {
            // The new socket is a new tab for the linker, which sends fresh snapshots but has none of
            // the conversations and rooms open that the page had open before the reconnect.
            if (session.contactsShown) {
                this.#resetSessionViews();
                this.#showSection(this.#shownSection());
            }
        });
        connection.addEventListener('message', (event) => this.#receive(session, event.detail));
        connection.addEventListener('close', () => this.#handleClose(session, connection));
        connection.open();
    }

    #shownSection() {
        const tab = [...this.#sectionTabs].find((element) => element.getAttribute('aria-pressed') === 'true');
        return tab?.dataset.section ?? 'contacts';
    }

    // Signs out through the HTTP API, or over the WebSocket when the API
    // cannot be reached, then shows the sign-in screen.
    async #signOut() {
        const session = this.#session;
        if (!session || session.signingOut) {
            return;
        }

        session.signingOut = true;
        const reply = await deleteSession();
        if (session !== this.#session) {
            return;
        }
        if (!reply.ok && reply.status === 0 && !session.connection?.send({ type: 'signOut' })) {
            session.signingOut = false;
            this.#notices.show(strings.signOutFailed, 'error');
            // A socket that closed while the page signed out was not handled then.
            if (!session.connection && !session.reconnectTimer) {
                this.#handleClose(session, null);
            }
            return;
        }
        this.#endSession(session, null);
    }

    #receive(session, message) {
        if (session !== this.#session) {
            return;
        }

        switch (message.type) {
        case 'account':
            this.#handleAccount(session, message);
            break;
        case 'model':
            try {
                this.#models.apply(message);
            } catch (error) {
                // NOTE: the copy keeps its rows but may now differ from the core's
                // until the next reset, because the protocol cannot request a snapshot.
                console.error('Salon: ignored a model change:', error.message);
            }
            break;
        case 'object':
            this.#applyObject(message);
            break;
        case 'invokeResult':
            if (!this.#invoker.handleResult(message)) {
                console.warn('Salon: ignored an invokeResult that matches no pending call, id', message.id);
            }
            break;
        case 'avatarImage':
            this.#avatars.handleImage(message);
            break;
        case 'event':
            this.#composer.handleEvent(message);
            this.#communitiesView.handleEvent(message);
            this.#socialNotifier.handleEvent(message);
            break;
        case 'conversationExport':
            this.#conversationView.handleExport(message);
            break;
        case 'notice':
            this.#avatarEditor.handleNotice(message);
            if (this.#conversationView.handleNotice(message) || this.#roomConfigForm.handleNotice(message) || this.#roomView.handleNotice(message)
                || this.#communityConfigForm.handleNotice(message) || this.#communitiesView.handleNotice(message)
                || this.#feedView.handleNotice(message) || this.#communityPage.handleNotice(message) || this.#exploreView.handleNotice(message)
                || this.#profilePosts.handleNotice(message)) {
                break;
            }
            if (typeof message.message === 'string' && message.message !== '' && !this.#addContactForm.handleNotice(message)) {
                this.#notices.show(message.message, message.level);
            }
            break;
        case 'sessionEnded': {
            // salon-server adds a translated `message` to the reason code.
            // The tab that signs out gets `signedOut` too, and shows the sign-in screen without a message.
            const reason = typeof message.reason === 'string' && message.reason ? message.reason : 'sessionEnded';
            this.#endSession(session, session.signingOut ? null : { code: reason, message: sessionEndedText(reason, message.message) });
            break;
        }
        case 'error':
            console.warn('Salon: the server rejected a request:', message.message);
            break;
        default:
            console.warn('Salon: ignored a message of unknown type', message.type);
        }
    }

    // The core's objects other than models arrive whole as `object` messages. The page uses
    // serverFeatures, since style.css hides the Block action while blocking is false,
    // the user's own avatar from avatars, the upload limits from uploadService, and the
    // loading and typing states of the open conversation.
    #applyObject(message) {
        const properties = message.properties;
        if (typeof properties !== 'object' || properties === null) {
            return;
        }
        this.#objects.apply(message);
        this.#conversationView.handleObject(message);
        this.#roomConfigForm.handleObject(message);
        this.#communityConfigForm.handleObject(message);
        this.#feedView.handleObject(message);
        this.#composer.handleObject(message);
        this.#communitiesView.handleObject(message);
        this.#exploreView.handleObject(message);
        if (message.object === 'feed') {
            this.#showFeedUnread(properties.unreadCount);
        }
        if (message.object === 'uploadService') {
            this.#composer.setUploadService(properties);
        }
        if (message.object === 'serverFeatures') {
            document.body.dataset.serverBlocking = String(properties.blocking === true);
        } else if (message.object === 'roomDirectory') {
            this.#publicRooms.setServices(properties.mucServices);
        } else if (message.object === 'avatars') {
            this.#avatarEditor.setOwnAvatarHash(typeof properties.ownAvatarHash === 'string' ? properties.ownAvatarHash : '');
            this.#people.setOwnAvatarHash(typeof properties.ownAvatarHash === 'string' ? properties.ownAvatarHash : '');
        }
    }

    #handleAccount(session, account) {
        this.#header.setAccount(account);
        session.reconnectAttempt = 0;
        if (!session.contactsShown) {
            session.contactsShown = true;
            this.#showContacts(session);
        }
    }

    // Handles a WebSocket that closed without `sessionEnded`: the page
    // reconnects, with a growing delay, for as long as the server reports
    // the session alive, and shows the sign-in screen once it does not.
    async #handleClose(session, connection) {
        if (session !== this.#session || connection !== session.connection || session.signingOut) {
            return;
        }

        session.connection = null;
        this.#invoker.cancelAll(strings.notConnected);
        if (session.contactsShown) {
            this.#header.setServerReconnecting();
        }
        const reply = await fetchSession();
        if (session !== this.#session || session.signingOut) {
            return;
        }

        if (reply.ok) {
            // The sign-in succeeded, so a socket that fails before the first `account` message
            // shows the contacts screen too, with the reconnecting state instead of a blank page.
            if (!session.contactsShown) {
                session.contactsShown = true;
                this.#showContacts(session);
                this.#header.setServerReconnecting();
            }
            const delay = reconnectDelay(session.reconnectAttempt);
            session.reconnectAttempt += 1;
            console.info(`Salon: the WebSocket closed; reconnecting in ${delay} ms, attempt ${session.reconnectAttempt}`);
            session.reconnectTimer = setTimeout(() => {
                session.reconnectTimer = 0;
                if (session === this.#session && !session.signingOut) {
                    this.#connect(session);
                }
            }, delay);
            return;
        }

        if (reply.status === 0) {
            this.#endSession(session, { code: 'salonServerUnreachable', message: strings.salonServerUnreachable });
        } else {
            this.#endSession(session, { code: 'salonSessionExpired', message: strings.salonSessionExpired });
        }
    }

    // Clears everything the page stores of a session: models, pending calls,
    // open conversations and rooms, forms and notices.
    #resetSessionViews() {
        this.#invoker.cancelAll(strings.notConnected);
        this.#models.clear();
        this.#notices.clear();
        this.#addContactForm.reset();
        this.#profileForm.reset();
        this.#publicPageSwitch.reset();
        this.#profileView.reset();
        this.#avatarEditor.reset();
        this.#avatars.clear();
        this.#conversationView.resetSession();
        this.#roomConfigForm.reset();
        this.#roomView.reset();
        this.#roomsOverview.hidden = false;
        this.#joinRoomForm.reset();
        this.#publicRooms.reset();
        this.#communityConfigForm.reset();
        this.#communitiesView.reset();
        this.#communityPage.reset();
        this.#communitiesOverview.hidden = false;
        this.#exploreView.reset();
        this.#objects.clear();
        this.#socialActions.reset();
        this.#summaries.reset();
        this.#feedView.reset();
        this.#composer.reset();
        this.#showFeedUnread(0);
    }

    // Closes the session's socket and returns to the sign-in screen,
    // showing error ({ code, message }) unless it is null.
    #endSession(session, error) {
        if (session !== this.#session) {
            return;
        }
        this.#session = null;
        clearTimeout(session.reconnectTimer);
        session.connection?.close();
        this.#resetSessionViews();
        this.#showSection('contacts');

        this.#signInView.setBusy(false);
        this.#signInView.clearPassword();
        if (error) {
            this.#signInView.showError(error.code, error.message);
        } else {
            this.#signInView.clearError();
        }
        this.#showSignIn();
    }

    #showSignIn() {
        this.#contactsScreen.hidden = true;
        this.#signInScreen.hidden = false;
        this.#signInView.focus();
    }

    #showContacts(session) {
        this.#header.setJid(session.jid);
        this.#conversationView.setOwnJid(session.jid.trim().toLowerCase());
        this.#roomView.setOwnJid(session.jid.trim().toLowerCase());
        this.#people.setOwnJid(session.jid.trim().toLowerCase());
        this.#profileForm.setJid(session.jid);
        this.#publicPageSwitch.setJid(session.jid);
        this.#avatarEditor.setJid(session.jid);
        this.#signInView.setBusy(false);
        this.#signInView.clearPassword();
        this.#signInView.clearError();
        this.#signInScreen.hidden = true;
        this.#contactsScreen.hidden = false;
        this.#contactsHeading.focus();
    }
}

applyStrings(document);
new App();
