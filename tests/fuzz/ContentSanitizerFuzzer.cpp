// Fuzz target of ContentSanitizer: the input is post content as another client publishes it,
// read as UTF-8 and sanitized as HTML, as XHTML and as text. Each output must be safe markup
// that a second pass leaves as it is (see checkSanitizedOutput()).

#include "ContentSanitizer.h"
#include "FuzzSupport.h"
#include "SanitizedOutputCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString content = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));

    checkSanitizedOutput(ContentSanitizer::sanitizeHtml(content));
    checkSanitizedOutput(ContentSanitizer::sanitizeXhtml(content));
    checkSanitizedOutput(ContentSanitizer::sanitizeText(content));
    return 0;
}
