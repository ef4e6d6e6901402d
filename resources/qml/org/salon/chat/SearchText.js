// Search results as styled text: the part of a message around the first match, with every match
// of the query's words in bold.
.pragma library

// Characters of a message shown before its first match, so that the match stays in view.
const contextBeforeMatch = 40;

function escapeMarkup(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Returns the words of query, without empty ones.
function wordsOf(query) {
    return query.split(/\s+/).filter(word => word !== "");
}

// Returns body on one line, starting a little before the first match of a word of query, as
// StyledText in which the body is escaped and each match is bold.
function highlightedExcerpt(body, query) {
    const words = wordsOf(query);
    let text = body.replace(/\s+/g, " ");
    if (words.length === 0) {
        return escapeMarkup(text);
    }

    const pattern = new RegExp(words.map(escapeRegExp).join("|"), "gi");
    const first = text.search(pattern);
    if (first > contextBeforeMatch) {
        text = "…" + text.slice(first - contextBeforeMatch);
    }

    // The matches are found in the plain text, and the text between them is escaped piece by piece.
    let styled = "";
    let end = 0;
    pattern.lastIndex = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
        if (match[0] === "") {
            pattern.lastIndex += 1;
            continue;
        }
        styled += escapeMarkup(text.slice(end, match.index)) + "<b>" + escapeMarkup(match[0]) + "</b>";
        end = match.index + match[0].length;
    }
    return styled + escapeMarkup(text.slice(end));
}
