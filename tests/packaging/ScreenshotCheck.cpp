// Checks that a file is a PNG screenshot of a window: a PNG image within the
// given size limits whose pixels are not (almost) all one color.
// Usage: ScreenshotCheck FILE MIN_WIDTHxMIN_HEIGHT MAX_WIDTHxMAX_HEIGHT
// Prints the size and color count, and exits with 1 and the reason when a check fails.

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QSize>
#include <QTextStream>

#include <cstdio>

namespace {

// A screenshot where one color covers more of the image than this share is taken as blank.
constexpr double MaxShareOfOneColor = 0.95;
// Text, icons and avatars bring many more colors than this, even in a sparse window.
constexpr int MinColorCount = 32;

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2) {
        return {};
    }
    return {parts.at(0).toInt(), parts.at(1).toInt()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    const QSize minSize = arguments.size() == 4 ? parseSize(arguments.at(2)) : QSize();
    const QSize maxSize = arguments.size() == 4 ? parseSize(arguments.at(3)) : QSize();
    if (!minSize.isValid() || !maxSize.isValid()) {
        err << "usage: ScreenshotCheck FILE MIN_WIDTHxMIN_HEIGHT MAX_WIDTHxMAX_HEIGHT\n";
        return 2;
    }
    const QString path = arguments.at(1);

    QImageReader reader(path);
    if (reader.format() != "png") {
        err << "FAIL: " << path << " is not a PNG file (" << reader.errorString() << ")\n";
        return 1;
    }
    const QImage image = reader.read().convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        err << "FAIL: " << path << " could not be decoded: " << reader.errorString() << '\n';
        return 1;
    }

    bool failed = false;
    if (image.width() < minSize.width() || image.height() < minSize.height() || image.width() > maxSize.width() || image.height() > maxSize.height()) {
        err << "FAIL: " << path << " is " << image.width() << 'x' << image.height() << ", expected between " << arguments.at(2) << " and "
            << arguments.at(3) << '\n';
        failed = true;
    }

    QHash<QRgb, int> pixelsPerColor;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            ++pixelsPerColor[line[x]];
        }
    }
    int maxPixelsOfOneColor = 0;
    for (const int pixels : qAsConst(pixelsPerColor)) {
        maxPixelsOfOneColor = qMax(maxPixelsOfOneColor, pixels);
    }
    const double shareOfCommonest = double(maxPixelsOfOneColor) / (double(image.width()) * image.height());
    if (pixelsPerColor.size() < MinColorCount || shareOfCommonest > MaxShareOfOneColor) {
        err << "FAIL: " << path << " looks blank: " << pixelsPerColor.size() << " colors, the commonest covers " << qRound(shareOfCommonest * 100)
            << "% of it\n";
        failed = true;
    }

    out << path << ": " << image.width() << 'x' << image.height() << " PNG, " << pixelsPerColor.size() << " colors\n";
    return failed ? 1 : 0;
}
