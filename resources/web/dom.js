// Small DOM helpers shared by the views. Text always goes in through
// textContent, never as markup.

export function createElement(tag, className, testId) {
    const element = document.createElement(tag);
    if (className) {
        element.className = className;
    }
    if (testId) {
        element.dataset.testid = testId;
    }
    return element;
}

// Creates a button of type "button" with the given text.
export function createButton(text, className, testId) {
    const button = createElement('button', className, testId);
    button.type = 'button';
    button.textContent = text;
    return button;
}

// Sets text only when it changed, so unchanged rows cause no layout work.
export function setText(element, text) {
    if (element.textContent !== text) {
        element.textContent = text;
    }
}

// Time in milliseconds before a confirmation in a status line disappears. Errors stay until replaced.
const confirmationMs = 5000;
const statusTimers = new WeakMap();

// Shows text in the status line element, marked as an error when isError.
// A confirmation clears itself after confirmationMs, so it does not outlive what it confirms.
export function showStatus(element, text, isError) {
    clearTimeout(statusTimers.get(element));
    statusTimers.delete(element);
    setText(element, text);
    element.classList.toggle('error', isError);
    if (!isError && text !== '') {
        statusTimers.set(element, setTimeout(() => setText(element, ''), confirmationMs));
    }
}

// Makes elements the children of parent, in order, moving only the nodes
// that are out of place, so a node that stays keeps its focus.
export function syncChildren(parent, elements) {
    let current = parent.firstChild;
    for (const element of elements) {
        if (current === element) {
            current = current.nextSibling;
        } else {
            parent.insertBefore(element, current);
        }
    }
    while (current) {
        const next = current.nextSibling;
        current.remove();
        current = next;
    }
}

let nextId = 0;

// Returns an element id that no other call returns, for label and aria
// references between generated elements.
export function uniqueId(prefix) {
    nextId += 1;
    return `${prefix}-${nextId}`;
}

// Returns the string value of a model row's role, or '' for any other value.
export function stringRole(row, role) {
    const value = row[role];
    return typeof value === 'string' ? value : '';
}

export function firstCharacter(text) {
    if (typeof Intl.Segmenter === 'function') {
        const [first] = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
        return first ? first.segment : '';
    }
    return Array.from(text)[0] ?? '';
}

// Number of avatar colours defined in style.css.
const avatarColorCount = 8;

// A stable small number derived from the JID, so a contact keeps its colour.
export function avatarColor(jid) {
    let hash = 0;
    for (const character of jid) {
        hash = (hash * 31 + character.codePointAt(0)) >>> 0;
    }
    return String(hash % avatarColorCount);
}

// Returns the elements of the row views of a list, one per row whose key is new and not empty, in
// row order. views, a Map by key, keeps each view between renders: create(row) makes a missing
// one, update(view, row) refreshes it, and the views of keys that are gone are dropped. A view
// shows its row in view.element.
export function keyedElements(rows, keyOf, views, create, update) {
    const used = new Set();
    const elements = [];
    for (const row of rows) {
        const key = keyOf(row);
        if (key === '' || used.has(key)) {
            continue;
        }
        used.add(key);
        let view = views.get(key);
        if (!view) {
            view = create(row);
            views.set(key, view);
        }
        update(view, row);
        elements.push(view.element);
    }
    for (const key of views.keys()) {
        if (!used.has(key)) {
            views.delete(key);
        }
    }
    return elements;
}
