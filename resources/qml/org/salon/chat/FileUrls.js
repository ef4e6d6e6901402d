// URLs of files for the chat views.
.pragma library

// Returns the file: URL of the local absolute path, with each path segment percent-encoded, so
// that names with spaces, "#" or "?" stay whole.
function fromLocalPath(path) {
    if (path === "") {
        return "";
    }
    return "file://" + path.split("/").map(encodeURIComponent).join("/");
}

// Returns whether url is an http: or https: URL. The views hand no other remote URL to
// Qt.openUrlExternally(), because a peer chooses attachment URLs and other schemes could name
// local files or programs.
function isWebUrl(url) {
    return /^https?:\/\//i.test(url);
}
