#include "StdinDescriptorProcess.h"

#include <unistd.h>

namespace {

// Runs in the child between fork() and exec(), so it may only make async-signal-safe calls.
void redirectStandardInput(int descriptor)
{
    if (descriptor >= 0 && ::dup2(descriptor, STDIN_FILENO) < 0) {
        ::_exit(127);
    }
}

} // namespace

StdinDescriptorProcess::StdinDescriptorProcess(QObject *parent)
    : QProcess(parent)
{
    setStandardInputFile(QProcess::nullDevice());
}

void StdinDescriptorProcess::setStandardInputDescriptor(int descriptor)
{
    m_descriptor = descriptor;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    setChildProcessModifier([descriptor] {
        redirectStandardInput(descriptor);
    });
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
void StdinDescriptorProcess::setupChildProcess()
{
    redirectStandardInput(m_descriptor);
}
#endif
