#pragma once

#include <QString>

/// The linker's memory limit: a resource limit on its private writable memory.
///
/// The limit is RLIMIT_DATA, which Linux 4.7 and later apply to the heap and to
/// every private writable mapping (malloc arenas in use and thread stacks) but
/// not to address space that is only reserved. RLIMIT_AS counts reservations
/// too: each thread's malloc arena reserves 64 MiB of address space whether it
/// uses it or not, so an idle linker's address space is far larger than the
/// memory it uses. docs/protocol.md lists measured sizes.
namespace MemoryLimit {

/// Sets the soft and hard data limit of this process to \a mebibytes MiB; 0 leaves the limits as they are.
///
/// Returns false, with the reason in \a errorString, if the system rejects the limit.
bool apply(int mebibytes, QString *errorString);

/// Makes a failed allocation end the process with LinkerExitCode::OutOfMemory.
///
/// Covers a failed operator new (including its nothrow form) and an uncaught
/// std::bad_alloc, such as Qt's containers throw. Either writes one critical
/// line that names \a mebibytes to standard error, then exits at once with
/// _exit(), so no destructor runs with the heap exhausted.
void installOutOfMemoryHandler(int mebibytes);

} // namespace MemoryLimit
