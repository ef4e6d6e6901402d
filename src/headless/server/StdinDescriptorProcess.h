#pragma once

#include <QProcess>

/// A QProcess whose child reads its standard input from a descriptor of the parent, such as
/// one end of a socket pair, in place of the pipe that QProcess would create.
class StdinDescriptorProcess : public QProcess
{
public:
    explicit StdinDescriptorProcess(QObject *parent = nullptr);

    /// Makes \a descriptor the standard input of the children started from now on, and -1 gives
    /// them the null device. The descriptor must stay open until start() returns.
    void setStandardInputDescriptor(int descriptor);

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
protected:
    void setupChildProcess() override;
#endif

private:
    int m_descriptor = -1;
};
