#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Stops the run with a message when an invariant of a fuzz target does not hold.
///
/// abort() makes libFuzzer save the input as a crash, and fails the replay test.
#define FUZZ_CHECK(condition, message)                                                                                                                         \
    do {                                                                                                                                                       \
        if (!(condition)) {                                                                                                                                    \
            std::fprintf(stderr, "%s:%d: invariant failed: %s (%s)\n", __FILE__, __LINE__, message, #condition);                                               \
            std::abort();                                                                                                                                      \
        }                                                                                                                                                      \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// Sizes of the chunks in which a target feeds its input to an incremental parser.
///
/// The sizes come from a pseudo-random sequence seeded with a hash of the whole input, so a
/// saved input replays with the same chunks, and every mutation of it tries other splits.
/// About half of the chunks are 1 to 8 bytes long, the others up to 256 bytes.
class ChunkSizes
{
public:
    ChunkSizes(const uint8_t *data, size_t size)
    {
        // FNV-1a, 64 bits.
        m_state = 14695981039346656037ULL;
        for (size_t i = 0; i < size; ++i) {
            m_state = (m_state ^ data[i]) * 1099511628211ULL;
        }
    }

    /// Returns the size of the next chunk, from 1 to \a remaining (which must be positive).
    int next(int remaining)
    {
        // xorshift64
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        const int size = int((m_state >> 8) % ((m_state & 1) ? 8 : 256)) + 1;
        return size < remaining ? size : remaining;
    }

private:
    uint64_t m_state;
};
