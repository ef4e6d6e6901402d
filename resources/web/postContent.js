// The content of a microblog post in the page. The core already sanitizes
// it, since FeedModel's contentHtml is one XHTML div of allowed elements.
// This module is the browser's second line of defence. It parses the
// markup with DOMParser into an inert document and copies only allowed
// elements and attributes into new nodes. No untrusted string is ever
// assigned as markup.
//
// Remote images stay unloaded until the user asks for them, because
// loading one reveals to its server that the user reads the post. Each image
// becomes a placeholder that keeps its address in data-src.

// Allowed elements, with the attributes each keeps.
const allowedElements = new Map([
    ['p', []], ['br', []], ['em', []], ['strong', []], ['a', ['href', 'title']],
    ['ul', []], ['ol', []], ['li', []], ['blockquote', []], ['pre', []], ['code', []],
    ['h3', []], ['h4', []], ['h5', []], ['h6', []], ['img', ['src', 'alt', 'title']],
]);

// Elements dropped with everything inside them; the content of other unknown elements stays as text.
const droppedElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'frame', 'frameset', 'head', 'title']);

const linkSchemes = new Set(['http:', 'https:', 'xmpp:']);
const imageSchemes = new Set(['http:', 'https:']);

// Maximum depth of nested elements copied; deeper content becomes text.
const maxDepth = 32;

// Returns the URL in value when its scheme is one of schemes, or null.
export function allowedUrl(value, schemes) {
    let url;
    try {
        url = new URL(value.trim());
    } catch {
        return null;
    }
    return schemes.has(url.protocol) ? url.href : null;
}

function copyChildren(source, target, depth) {
    for (const child of source.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
            target.append(document.createTextNode(child.data));
        } else if (child.nodeType === Node.ELEMENT_NODE) {
            copyElement(child, target, depth);
        }
    }
}

function copyElement(source, target, depth) {
    const name = source.localName.toLowerCase();
    if (droppedElements.has(name)) {
        return;
    }
    const attributes = allowedElements.get(name);
    if (!attributes || depth >= maxDepth) {
        copyChildren(source, target, depth);
        return;
    }

    if (name === 'img') {
        target.append(createImagePlaceholder(source));
        return;
    }
    const element = document.createElement(name);
    if (name === 'a') {
        const href = allowedUrl(source.getAttribute('href') ?? '', linkSchemes);
        if (href !== null) {
            element.href = href;
            element.target = '_blank';
            element.rel = 'noopener noreferrer nofollow';
        }
    }
    const title = source.getAttribute('title');
    if (attributes.includes('title') && title) {
        element.title = title;
    }
    copyChildren(source, element, depth + 1);
    target.append(element);
}

// An image of the post as a placeholder: its alternative text, and its address in data-src when
// that is an http or https URL. showImages() turns placeholders into images.
function createImagePlaceholder(source) {
    const placeholder = document.createElement('span');
    placeholder.className = 'post-image-placeholder';
    placeholder.dataset.testid = 'post-image-placeholder';
    const src = allowedUrl(source.getAttribute('src') ?? '', imageSchemes);
    const alt = source.getAttribute('alt') ?? '';
    placeholder.textContent = alt !== '' ? `[${alt}]` : '[image]';
    if (src !== null) {
        placeholder.dataset.src = src;
        placeholder.dataset.alt = alt;
    }
    return placeholder;
}

// Returns a DocumentFragment with the allowed content of the XHTML or HTML string markup.
// Images come as placeholders, so nothing in the fragment loads anything.
export function sanitizePostContent(markup) {
    const fragment = document.createDocumentFragment();
    if (typeof markup !== 'string' || markup === '') {
        return fragment;
    }
    // A document parsed by DOMParser runs no script and loads no resource. The HTML parser also
    // takes markup that is not well-formed XML. Chromium still checks the event handler and style
    // attributes of the parsed document against the page's Content Security Policy and logs each
    // one as blocked.
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    copyChildren(parsed.body, fragment, 0);
    return fragment;
}

// Returns the number of image placeholders in root that can load an image.
export function remoteImageCount(root) {
    return root.querySelectorAll('.post-image-placeholder[data-src]').length;
}

// Replaces the image placeholders in root with images, which then load.
export function showImages(root) {
    for (const placeholder of root.querySelectorAll('.post-image-placeholder[data-src]')) {
        const image = document.createElement('img');
        image.alt = placeholder.dataset.alt ?? '';
        image.referrerPolicy = 'no-referrer';
        image.loading = 'lazy';
        image.className = 'post-image';
        image.dataset.testid = 'post-image';
        image.src = placeholder.dataset.src;
        placeholder.replaceWith(image);
    }
}
