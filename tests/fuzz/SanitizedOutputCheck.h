#pragma once

#include <QString>

/// Stops the run unless \a sanitized has the form that ContentSanitizer documents: one
/// well-formed XHTML div holding only allowed elements and attributes, links and images with
/// allowed URL schemes, and nothing that runs code. Sanitizing it again must give the same
/// markup, apart from headings, which move down two levels on each pass.
void checkSanitizedOutput(const QString &sanitized);
