// Every user-visible string of the web front end, in one dictionary so
// that a translation step can replace this module as a whole.
// Placeholders are written {name} and filled in by format().

export const strings = {
    // BCP 47 tag of this dictionary, set on the page's <html lang>.
    language: 'en',

    appName: 'Salon',
    appTagline: 'Sign in with your XMPP account',

    jidLabel: 'Chat address',
    jidPlaceholder: 'name@example.org',
    passwordLabel: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',

    contactsHeading: 'Contacts',
    noContacts: 'You have no contacts yet.',
    ungrouped: 'Other contacts',
    groupCount: '{count} contacts',
    groupCountOne: '1 contact',

    addContact: 'Add contact',
    addContactTitle: 'Add a contact',
    contactJidLabel: 'Chat address',
    contactNameLabel: 'Name (optional)',
    contactGroupLabel: 'Group (optional)',
    addContactSubmit: 'Add',
    close: 'Close',
    addContactMissingJid: 'Enter the chat address of the contact.',
    addContactInvalidJid: 'This is not a chat address. An address looks like name@example.org.',
    addContactSent: 'Added {jid} and asked to see their presence. They appear online once they accept.',

    requestsHeading: 'Requests',
    requestCount: '{count} requests',
    requestCountOne: '1 request',
    requestExplanation: 'Wants to see when you are online.',
    // Browser notifications of a new request, shown while the page is hidden.
    requestNotificationTitle: 'Contact request',
    requestNotificationBody: '{name} wants to see when you are online.',
    requestNotificationBodyWithMessage: '{name} wants to see when you are online. Their message: {message}',
    acceptRequest: 'Accept',
    declineRequest: 'Decline',
    acceptRequestLabel: 'Accept the request of {name}',
    declineRequestLabel: 'Decline the request of {name}',

    // A horizontal ellipsis, the usual sign of a menu of more actions.
    contactActions: '\u22EF',
    contactActionsLabel: 'Actions for {name}',
    renameContact: 'Rename',
    renameContactLabel: 'Rename {name}',
    renameFieldLabel: 'New name for {name}',
    renamePlaceholder: 'No name: show the address',
    save: 'Save',
    cancel: 'Cancel',
    removeContact: 'Remove',
    removeContactLabel: 'Remove {name}',
    removeQuestion: 'Remove {name} from your contacts? You will no longer see each other\'s presence.',
    removeConfirm: 'Remove',

    blockContact: 'Block',
    blockContactLabel: 'Block {name}',
    unblockContact: 'Unblock',
    unblockContactLabel: 'Unblock {name}',
    presenceBlocked: 'Blocked',
    blockedHeading: 'Blocked',
    blockedCount: '{count} addresses',
    blockedCountOne: '1 address',
    blockedExplanation: 'You do not receive their messages or presence, and they do not see yours.',

    viewProfile: 'View profile',
    viewProfileLabel: 'View the profile of {name}',
    profileTitle: 'Profile',
    profileFullName: 'Full name',
    profileNickname: 'Nickname',
    profileAbout: 'About',
    profileUrl: 'Website',
    profileLocation: 'Location',
    profileLoading: 'Loading the profile…',
    profileEmpty: '{jid} has not published a profile.',
    lastSeenJustNow: 'Last seen just now',
    lastSeenToday: 'Last seen today at {time}',
    lastSeen: 'Last seen {time}',
    editProfile: 'Edit my profile',
    editProfileTitle: 'My profile',
    editProfileExplanation: 'Anyone who knows your address can see these fields.',
    profileSaving: 'Saving…',

    avatarFileLabel: 'Choose a new avatar',
    removeAvatar: 'Remove avatar',
    avatarPublishing: 'Publishing your avatar…',
    avatarRemoving: 'Removing your avatar…',
    avatarPublished: 'Your new avatar is published.',
    avatarRemoved: 'Your avatar is removed.',
    avatarFileTooLarge: 'The file "{file}" is larger than {size} MB. Choose a smaller image.',
    avatarNotAnImage: 'The file "{file}" is not an image that this browser can read. Choose a PNG, JPEG, GIF or WebP image.',
    avatarTooDetailed: 'The image "{file}" has too much detail to send as an avatar, even scaled down. Choose a simpler image.',
    avatarEncodingFailed: 'This browser could not convert the image "{file}". Try another image.',

    // Navigation between the two screens after sign-in.
    sectionsLabel: 'Sections',
    chatsTab: 'Chats',
    contactsTab: 'Contacts',
    unreadTotalLabel: '{count} unread messages',
    unreadTotalLabelOne: '1 unread message',
    // Body of a browser notification when a conversation has several unread messages.
    messageNotificationBodyMany: '{count} new messages. The newest: {text}',

    chatsHeading: 'Chats',
    searchMessagesLabel: 'Search all messages',
    searchMessagesPlaceholder: 'Search messages…',
    noSearchResults: 'No message contains these words.',
    noConversations: 'No conversations yet. Open a contact and choose Message to start one.',
    // Prefix of the preview of the user's own newest message.
    ownMessagePreview: 'You: {text}',
    unreadCountLabel: '{count} unread',
    timeNow: 'now',
    timeMinutes: '{count} min',
    timeYesterday: 'Yesterday',
    sendMessage: 'Message',
    sendMessageLabel: 'Write to {name}',
    backToChats: 'Back',
    backToChatsLabel: 'Back to the conversation list',
    messageFieldLabel: 'Message to {name}',
    messagePlaceholder: 'Write a message…',
    send: 'Send',
    loadingOlderMessages: 'Loading older messages…',
    noMessages: 'No messages yet. Write the first one below.',
    // Delivery states of the user's own messages.
    statePending: 'Sending…',
    stateSent: 'Sent',
    stateDelivered: 'Delivered',
    stateFailed: 'Not delivered',

    dismissNotice: 'Dismiss',
    actionFailed: 'The action failed. Try again.',
    notConnected: 'The page is not connected to the Salon server. Sign in again.',

    stateOffline: 'Offline',
    stateConnecting: 'Connecting…',
    stateOnline: 'Online',
    stateReconnecting: 'Reconnecting…',
    stateReconnectingWithError: 'Reconnecting: {error}',
    stateOfflineWithError: 'Offline: {error}',

    presenceOffline: 'Offline',
    presenceOnline: 'Online',
    presenceChat: 'Free to chat',
    presenceAway: 'Away',
    presenceXa: 'Away for a long time',
    presenceDnd: 'Do not disturb',
    // Shown instead of a presence while the contact has not accepted the user's request to see it.
    presenceWaitingForApproval: 'Waiting for approval',

    // Used only when the server sends an error code without a message.
    errorInvalidJid: 'The chat address is not valid. Check it and try again.',
    errorWrongPassword: 'The password is wrong. Check it and try again.',
    errorServerUnreachable: 'The chat server cannot be reached. Try again later.',
    errorCertificateNotTrusted: 'The chat server\'s certificate is not trusted.',
    errorEncryptionUnavailable: 'The chat server offers no encrypted connection.',
    errorConnectionLost: 'The connection to the chat server was lost.',
    errorServerError: 'The chat server reported an error.',
    errorUnknown: 'Signing in failed.',

    // Failures between the browser and the Salon server itself.
    salonServerUnreachable: 'The Salon server cannot be reached. Try again later.',
    salonConnectionLost: 'The connection to the Salon server was lost. Sign in again.',
    sessionEnded: 'Your session has ended. Sign in again.',
};

// Returns the string for key with every {name} replaced by params[name].
export function format(key, params = {}) {
    const template = strings[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (placeholder, name) =>
        Object.hasOwn(params, name) ? String(params[name]) : placeholder);
}
