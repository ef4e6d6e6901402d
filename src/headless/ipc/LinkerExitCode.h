#pragma once

/// Exit statuses of salon-linker that salon-server distinguishes.
///
/// 0 is a clean exit after signOut or the end of standard input, 1 an
/// invalid command line, 2 a protocol error on standard input.
namespace LinkerExitCode {

/// An allocation failed, which under `--memory-limit` means the linker reached its limit.
constexpr int OutOfMemory = 3;

} // namespace LinkerExitCode
