#include "MemoryLimit.h"

#include "LinkerExitCode.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cxxabi.h>
#include <exception>
#include <new>
#include <typeinfo>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Written by installOutOfMemoryHandler(), so the handlers need no allocation to log.
char g_outOfMemoryLine[256];
int g_outOfMemoryLineSize = 0;
std::terminate_handler g_previousTerminateHandler = nullptr;

[[noreturn]] void exitOutOfMemory()
{
    const ssize_t written = ::write(STDERR_FILENO, g_outOfMemoryLine, size_t(g_outOfMemoryLineSize));
    Q_UNUSED(written)
    ::_exit(LinkerExitCode::OutOfMemory);
}

// The project builds with -fno-exceptions, so the type of the uncaught exception comes from the C++ ABI, not from a catch.
[[noreturn]] void handleTerminate()
{
    const std::type_info *type = abi::__cxa_current_exception_type();
    if (type && (*type == typeid(std::bad_alloc) || *type == typeid(std::bad_array_new_length))) {
        exitOutOfMemory();
    }
    if (g_previousTerminateHandler) {
        g_previousTerminateHandler();
    }
    std::abort();
}

} // namespace

bool MemoryLimit::apply(int mebibytes, QString *errorString)
{
    if (mebibytes <= 0) {
        return true;
    }

    const rlim_t bytes = rlim_t(mebibytes) * 1024 * 1024;
    const rlimit limit{bytes, bytes};
    if (::setrlimit(RLIMIT_DATA, &limit) != 0) {
        *errorString = QStringLiteral("Cannot set the memory limit of %1 MiB: %2.").arg(mebibytes).arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void MemoryLimit::installOutOfMemoryHandler(int mebibytes)
{
    // The line starts with its severity, as the linker's log lines do, so salon-server logs it as critical.
    g_outOfMemoryLineSize = std::snprintf(g_outOfMemoryLine,
                                          sizeof g_outOfMemoryLine,
                                          "critical [memory limit] salon.server.linker: Out of memory: an allocation failed "
                                          "(memory limit: %d MiB, 0 means none); exiting with status %d\n",
                                          mebibytes,
                                          LinkerExitCode::OutOfMemory);
    if (g_outOfMemoryLineSize >= int(sizeof g_outOfMemoryLine)) {
        g_outOfMemoryLineSize = int(sizeof g_outOfMemoryLine) - 1;
    }

    std::set_new_handler(exitOutOfMemory);
    g_previousTerminateHandler = std::set_terminate(handleTerminate);
}
