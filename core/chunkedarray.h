#pragma once
// An append-only array kept in fixed-size blocks, for columns that grow to millions of values.
//
// Why not std::vector: a vector grows by doubling, so a 10⁶-row column of doubles holds
// 2²⁰ slots (8.4 MB for 8 MB of data) and, while it grows, briefly holds the old and the new
// buffer at once (24 MB). Here only the first block grows by doubling (small histories stay
// small); every later block is allocated once at its full size, so the slack is at most one
// block (kBlock values) and growth never copies. Index i lives at block i / kBlock, slot
// i % kBlock; reads are two shifts and two loads.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace bp {

template <typename T, std::size_t kBlock = 4096> class ChunkedArray
{
    static_assert((kBlock & (kBlock - 1)) == 0, "the block size is a power of two");

public:
    static constexpr std::size_t kBlockSize = kBlock;

    void push_back(const T& value)
    {
        if (blocks_.empty() || blocks_.back().size() == kBlock) {
            blocks_.emplace_back();
            if (blocks_.size() > 1)
                blocks_.back().reserve(kBlock);
        }
        std::vector<T>& last = blocks_.back();
        if (last.size() == last.capacity()) // only the first block: double, up to kBlock
            last.reserve(std::min(kBlock, std::max<std::size_t>(8, 2 * last.capacity())));
        last.push_back(value);
        ++size_;
    }

    const T& operator[](std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
    T& operator[](std::size_t i) { return blocks_[i / kBlock][i % kBlock]; }
    const T& back() const { return blocks_.back().back(); }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    void clear() { *this = ChunkedArray(); }

    /// Values [i, i + n) are contiguous when they lie in one block: the block's pointer at i
    /// and how many values from i on the block holds (≥ 1 for i < size()).
    const T* run(std::size_t i, std::size_t& count) const
    {
        const std::vector<T>& block = blocks_[i / kBlock];
        count = block.size() - i % kBlock;
        return block.data() + i % kBlock;
    }

    /// Heap bytes held (capacity, not size).
    std::size_t bytes() const
    {
        std::size_t total = blocks_.capacity() * sizeof(std::vector<T>);
        for (const std::vector<T>& block : blocks_)
            total += block.capacity() * sizeof(T);
        return total;
    }

private:
    std::vector<std::vector<T>> blocks_;
    std::size_t size_ = 0;
};

} // namespace bp
